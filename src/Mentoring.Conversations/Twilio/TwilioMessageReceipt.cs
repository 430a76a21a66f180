namespace Mentoring.Conversations.Twilio;

/// <summary>What Twilio answered to a message it accepted: its id (<c>SM…</c>) and first status, usually <c>queued</c>.</summary>
public sealed record TwilioMessageReceipt(string Sid, string? Status);
