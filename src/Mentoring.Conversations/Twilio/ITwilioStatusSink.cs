namespace Mentoring.Conversations.Twilio;

/// <summary>
/// Where Twilio's status callbacks go; the host keeps them (with the delivery in its database).
/// Twilio may post a callback twice and out of order (<c>sent</c> after <c>delivered</c>), so
/// recording one must be safe to repeat and must not step a delivery back.
/// </summary>
public interface ITwilioStatusSink
{
    Task RecordAsync(TwilioStatusReport report, CancellationToken cancellationToken);
}
