using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Messaging;

/// <summary>
/// The channel address a turn's message came from, read once per turn: by the turn store with the
/// conversation's state (one query for both), or on first use. Every message turn needs it
/// (<see cref="PhoneChannelMiddleware"/>), and so do the sign-up actions. Scoped to the turn; the
/// address is tracked by the turn's context, so what changes on it commits with the turn.
/// </summary>
public sealed class TurnAddress
{
    // Compiled once: it runs on a conversation's first message, and more often where no state is kept.
    private static readonly CompiledPerModel<Func<MentoringDbContext, string, string, CancellationToken, Task<ChannelAddress?>>> Find = new(() =>
        EF.CompileAsyncQuery((MentoringDbContext db, string channelId, string address, CancellationToken _) =>
            db.ChannelAddresses.FirstOrDefault(a => a.ChannelId == channelId && a.Address == address)));

    private bool known;
    private ChannelAddress? address;

    /// <summary>The address on <paramref name="channelId"/>, or null when nobody has signed up from it.</summary>
    public async Task<ChannelAddress?> GetAsync(MentoringDbContext db, string channelId, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!known)
        {
            Set(await Find.For(db)(db, channelId, key, cancellationToken));
        }

        return address;
    }

    internal void Set(ChannelAddress? read)
    {
        address = read;
        known = true;
    }
}
