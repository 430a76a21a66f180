namespace Mentoring.Core.Domain;

/// <summary>
/// A message to send, written in the same transaction as the state change that caused it, so a
/// crash before sending loses nothing. A sender claims a row with a lease before it sends; the
/// lease is written under the row's version, so two hosts never both hold it.
/// </summary>
public sealed class OutboxMessage : IVersioned
{
    private OutboxMessage()
    {
    }

    public OutboxMessage(Guid id, Guid? personId, string channelId, string address, MessageKind kind, string payload, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(address);
        ArgumentException.ThrowIfNullOrWhiteSpace(payload);
        Id = id;
        PersonId = personId;
        ChannelId = channelId;
        Address = address;
        Kind = kind;
        Payload = payload;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        State = OutboxState.Pending;
    }

    public Guid Id { get; private set; }

    public Guid? PersonId { get; private set; }

    public string ChannelId { get; private set; } = string.Empty;

    public string Address { get; private set; } = string.Empty;

    public MessageKind Kind { get; private set; }

    /// <summary>The activity to send, as JSON; the channel knows how to render it.</summary>
    public string Payload { get; private set; } = string.Empty;

    public OutboxState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public string? LeaseOwner { get; private set; }

    public DateTimeOffset? LeaseUntil { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? ProviderMessageId { get; private set; }

    public string? DeliveryStatus { get; private set; }

    public string? LastError { get; private set; }

    public long Version { get; private set; }

    /// <summary>Started by the service rather than answering the person: quiet hours, opt-outs and WhatsApp's window apply.</summary>
    public bool IsServiceStarted => Kind != MessageKind.Reply;

    /// <summary>
    /// An event the conversations still have to render in the person's language (a proposal, an
    /// introduction), not yet a message a channel can send.
    /// </summary>
    public bool IsEvent => Payload.StartsWith(EventPayloadPrefix, StringComparison.Ordinal);

    /// <summary>How an event payload starts (see <see cref="IsEvent"/>), for queries.</summary>
    public const string EventPayloadPrefix = "{\"type\":\"event\"";

    public bool IsDue(DateTimeOffset now) =>
        State == OutboxState.Pending && NextAttemptAt <= now && (LeaseUntil is null || LeaseUntil <= now);

    /// <summary>Takes the row for one send attempt; false if it is not due or another sender holds it.</summary>
    public bool TryClaim(string owner, DateTimeOffset now, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        if (!IsDue(now))
        {
            return false;
        }

        LeaseOwner = owner;
        LeaseUntil = now + lease;
        return true;
    }

    public void MarkSent(string? providerMessageId, DateTimeOffset at)
    {
        RequireState(OutboxState.Pending);
        State = OutboxState.Sent;
        SentAt = at;
        ProviderMessageId = providerMessageId;
        Attempts++;
        ReleaseLease();
    }

    /// <summary>A transient failure: tried again at <paramref name="retryAt"/>.</summary>
    public void RecordFailedAttempt(string error, DateTimeOffset retryAt)
    {
        RequireState(OutboxState.Pending);
        Attempts++;
        LastError = error;
        NextAttemptAt = retryAt;
        ReleaseLease();
    }

    /// <summary>A permanent failure or the last attempt: never tried again.</summary>
    public void MarkFailed(string error)
    {
        RequireState(OutboxState.Pending);
        State = OutboxState.Failed;
        Attempts++;
        LastError = error;
        ReleaseLease();
    }

    /// <summary>Not now (quiet hours): tried again at <paramref name="until"/>, without counting an attempt.</summary>
    public void Defer(DateTimeOffset until)
    {
        RequireState(OutboxState.Pending);
        NextAttemptAt = until;
        ReleaseLease();
    }

    /// <summary>
    /// The channel refused the message as it was (outside WhatsApp's window): sent again, at
    /// <paramref name="at"/>, as the approved template in <paramref name="payload"/>.
    /// </summary>
    public void ResendAs(string payload, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(payload);
        RequireState(OutboxState.Pending);
        Payload = payload;
        Attempts++;
        NextAttemptAt = at;
        ReleaseLease();
    }

    /// <summary>The person opted out: the message is never sent, and is not a failure to chase.</summary>
    public void Suppress(string reason)
    {
        RequireState(OutboxState.Pending);
        State = OutboxState.Suppressed;
        LastError = reason;
        ReleaseLease();
    }

    public void Hold(string reason)
    {
        RequireState(OutboxState.Pending);
        State = OutboxState.Held;
        LastError = reason;
        ReleaseLease();
    }

    public void Release(DateTimeOffset at)
    {
        RequireState(OutboxState.Held);
        State = OutboxState.Pending;
        NextAttemptAt = at;
    }

    /// <summary>
    /// What the channel last said about the message after taking it. Callbacks can arrive out of
    /// order ("delivered" before "sent"): a status never goes back to an earlier stage, and a
    /// final one (delivered, read, failed, undelivered) is not overwritten by an earlier stage.
    /// </summary>
    /// <returns>True when the status was taken; false for a repeat or a late earlier stage.</returns>
    public bool RecordDeliveryStatus(string status)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(status);
        var normalized = status.Trim().ToLowerInvariant();
        if (normalized.Length > 32 || normalized == DeliveryStatus || (DeliveryStatus is { } current && DeliveryStage(normalized) < DeliveryStage(current)))
        {
            return false;
        }

        DeliveryStatus = normalized;
        return true;
    }

    /// <summary>Twilio's statuses in the order they happen; failures end it like "delivered" does.</summary>
    private static int DeliveryStage(string status) => status switch
    {
        "accepted" or "scheduled" or "queued" => 0,
        "sending" => 1,
        "sent" => 2,
        "delivered" or "failed" or "undelivered" or "canceled" => 3,
        "read" => 4,
        _ => 0,
    };

    private void ReleaseLease()
    {
        LeaseOwner = null;
        LeaseUntil = null;
    }

    private void RequireState(OutboxState expected)
    {
        if (State != expected)
        {
            throw new DomainRuleException($"This message is {State}, not {expected}.");
        }
    }
}
