using System.Collections.Concurrent;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Tests.Hosting;

namespace Mentoring.Conversations.Tests.Twilio;

/// <summary>The echo bot, keeping each activity it was given, to check what a channel made of a request.</summary>
public sealed class RecordingBot : IBot
{
    private readonly EchoBot echo = new();

    public ConcurrentQueue<Activity> Activities { get; } = new();

    public int Turns => echo.Turns;

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        Activities.Enqueue(turnContext.Activity);
        return echo.OnTurnAsync(turnContext, cancellationToken);
    }
}
