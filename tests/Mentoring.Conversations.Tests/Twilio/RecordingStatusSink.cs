using System.Collections.Concurrent;
using Mentoring.Conversations.Twilio;

namespace Mentoring.Conversations.Tests.Twilio;

/// <summary>Keeps the status reports it is given, in order.</summary>
public sealed class RecordingStatusSink : ITwilioStatusSink
{
    public ConcurrentQueue<TwilioStatusReport> Reports { get; } = new();

    public Task RecordAsync(TwilioStatusReport report, CancellationToken cancellationToken)
    {
        Reports.Enqueue(report);
        return Task.CompletedTask;
    }
}
