using Mentoring.Core.Domain;

namespace Mentoring.Core.Messaging;

/// <summary>
/// The channel address a message came from, as the turn store read it with the conversation's
/// state (one query for both): every message turn needs it (<see cref="PhoneChannelMiddleware"/>).
/// Scoped to the turn; tracked by the turn's context, so what changes on it commits with the turn.
/// </summary>
public sealed class TurnAddress
{
    /// <summary>Whether the store looked: false on a conversation's first turn, which has no state to read it with.</summary>
    public bool IsKnown { get; private set; }

    /// <summary>The address, or null when nobody has signed up from it.</summary>
    public ChannelAddress? Address { get; private set; }

    internal void Set(ChannelAddress? address)
    {
        Address = address;
        IsKnown = true;
    }
}
