namespace Mentoring.Core.Messaging;

/// <summary>What one turn of the dispatcher came to for one row.</summary>
public enum OutboxVerdict
{
    /// <summary>The channel took it.</summary>
    Sent,

    /// <summary>The channel refused it; whether to try again depends on <see cref="OutboxOutcome.IsPermanent"/> and the attempts.</summary>
    Refused,

    /// <summary>Not sent now (quiet hours); tried again at <see cref="OutboxOutcome.Until"/>.</summary>
    Deferred,

    /// <summary>Not sent until the person writes again (WhatsApp's window is closed and no template is configured).</summary>
    Held,

    /// <summary>Never sent: the person opted out.</summary>
    Suppressed,
}

/// <summary>What one send attempt came to, recorded by <see cref="OutboxRecorder"/>.</summary>
public sealed record OutboxOutcome(Guid Id, int AttemptsBefore, OutboxVerdict Verdict)
{
    /// <summary>The channel's id for the message it took.</summary>
    public string? ProviderMessageId { get; init; }

    /// <summary>Why it was refused, held or suppressed.</summary>
    public string? Error { get; init; }

    public bool IsPermanent { get; init; }

    /// <summary>The channel's own error code (Twilio's 21610, say), when it gave one.</summary>
    public int? ProviderCode { get; init; }

    public DateTimeOffset? Until { get; init; }

    public bool IsSent => Verdict == OutboxVerdict.Sent;

    public static OutboxOutcome Sent(Guid id, int attemptsBefore, string? providerMessageId) =>
        new(id, attemptsBefore, OutboxVerdict.Sent) { ProviderMessageId = providerMessageId };

    public static OutboxOutcome Refused(Guid id, int attemptsBefore, string error, bool isPermanent, int? providerCode = null) =>
        new(id, attemptsBefore, OutboxVerdict.Refused) { Error = error, IsPermanent = isPermanent, ProviderCode = providerCode };
}
