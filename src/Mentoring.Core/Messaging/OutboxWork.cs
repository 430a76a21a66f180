namespace Mentoring.Core.Messaging;

/// <summary>A committed, leased outbox row on its way to the channel.</summary>
internal sealed record OutboxWork(Guid Id, string Payload, int Attempts);
