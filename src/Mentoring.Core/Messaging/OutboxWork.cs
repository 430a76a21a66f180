using Mentoring.Core.Domain;

namespace Mentoring.Core.Messaging;

/// <summary>A committed, leased outbox row on its way to the channel.</summary>
internal sealed record OutboxWork(Guid Id, string Payload, int Attempts, MessageKind Kind, string ChannelId, string Address, Guid? PersonId, DateTimeOffset? LeaseUntil)
{
    /// <summary>A notice (an event the dialogs say), not a message a channel sends as it is.</summary>
    public bool IsEvent => Payload.StartsWith(OutboxMessage.EventPayloadPrefix, StringComparison.Ordinal);

    public static OutboxWork From(OutboxMessage row) => new(row.Id, row.Payload, row.Attempts, row.Kind, row.ChannelId, row.Address, row.PersonId, row.LeaseUntil);
}
