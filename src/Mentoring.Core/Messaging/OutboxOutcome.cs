namespace Mentoring.Core.Messaging;

/// <summary>What one send attempt came to: sent (with the channel's id for it) or an error, final or not.</summary>
public sealed record OutboxOutcome(Guid Id, int AttemptsBefore, string? ProviderMessageId, string? Error, bool IsPermanent)
{
    public bool IsSent => Error is null;
}
