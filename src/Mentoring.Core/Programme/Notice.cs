using System.Text.Json;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Programme;

/// <summary>
/// A message the programme starts (a proposal, an introduction), written to the outbox in the same
/// transaction as the change that causes it. The payload is an event activity, named for what
/// happened; the conversations render it in the person's language when it is sent.
/// </summary>
internal static class Notice
{
    /// <summary>
    /// Adds the notice for the person's channel they last wrote on and have not opted out of.
    /// False when there is none: the change still commits, and coordinators see the person as unreachable.
    /// </summary>
    public static async Task<bool> AddAsync(MentoringDbContext db, Guid personId, MessageKind kind, string name, object value, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var address = await db.ChannelAddresses.AsNoTracking()
            .Where(a => a.PersonId == personId && a.OptedOutAt == null)
            .OrderByDescending(a => a.LastInboundAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (address is null)
        {
            return false;
        }

        var payload = JsonSerializer.Serialize(new { type = "event", name, value }, JsonSerializerOptions.Web);
        db.Outbox.Add(new OutboxMessage(Guid.NewGuid(), personId, address.ChannelId, address.Address, kind, payload, at));
        return true;
    }
}
