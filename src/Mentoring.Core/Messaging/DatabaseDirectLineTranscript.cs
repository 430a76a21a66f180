using Mentoring.Conversations.DirectLine;
using Mentoring.Conversations.Schema;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Messaging;

/// <summary>Direct Line conversations kept in the database, so any host instance answers a poll.</summary>
public sealed class DatabaseDirectLineTranscript(MentoringDbContext db, TimeProvider time) : IDirectLineTranscript
{
    /// <summary>A poll returns at most this many; the client comes back for the rest at once.</summary>
    private const int PageSize = 100;

    /// <summary>Writers of one conversation take turns on its sequence; a few tries settle a race.</summary>
    private const int MaxAttempts = 10;

    public async Task<bool> StartAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(conversationId, cancellationToken))
        {
            return false;
        }

        var conversation = db.DirectLineConversations.Add(new DirectLineConversation(conversationId, time.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            // Another start of the same conversation may have won the insert.
            conversation.State = EntityState.Detached;
            if (await ExistsAsync(conversationId, cancellationToken))
            {
                return false;
            }

            throw;
        }
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken) =>
        db.DirectLineConversations.AnyAsync(c => c.Id == conversationId, cancellationToken);

    public async Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            var conversation = await db.DirectLineConversations.SingleOrDefaultAsync(c => c.Id == conversationId, cancellationToken);
            if (conversation is null)
            {
                return null;
            }

            var sequence = conversation.NextSequence();
            activity.Id = $"{conversationId}|{sequence:D7}";
            activity.Timestamp ??= time.GetUtcNow();
            db.DirectLineActivities.Add(new DirectLineActivity(conversationId, sequence, ActivityJson.Serialize(activity), time.GetUtcNow()));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return activity.Id;
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
            }
        }
    }

    public async Task<(IReadOnlyList<Activity> Activities, long Watermark)> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var rows = await db.DirectLineActivities.AsNoTracking()
            .Where(a => a.ConversationId == conversationId && a.Sequence > watermark)
            .OrderBy(a => a.Sequence)
            .Take(PageSize)
            .Select(a => new { a.Sequence, a.Json })
            .ToListAsync(cancellationToken);
        var activities = rows.Select(r => ActivityJson.Deserialize(r.Json)!).ToList();
        return (activities, rows.Count == 0 ? watermark : rows[^1].Sequence);
    }
}
