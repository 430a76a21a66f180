namespace Mentoring.Conversations.Twilio;

/// <summary>
/// One status callback: how far a message has got. <see cref="DeliveryId"/> is the delivery the
/// sender named in the callback's URL (null for a message sent some other way).
/// </summary>
public sealed record TwilioStatusReport(string? DeliveryId, string MessageSid, string Status, int? ErrorCode)
{
    /// <summary>The message will not arrive: <c>failed</c> or <c>undelivered</c>, with the reason in <see cref="ErrorCode"/>.</summary>
    public bool IsFailure => Status is "failed" or "undelivered";
}
