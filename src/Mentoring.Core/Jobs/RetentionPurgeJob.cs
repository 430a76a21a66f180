using Hangfire;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mentoring.Core.Jobs;

/// <summary>
/// Keeps the privacy notice's promise: people silent for longer than <c>Programme:RetentionMonths</c>
/// (no message from them on any channel, no action; what the service sent them does not count)
/// are erased as if they had asked, and
/// what was never anyone's (conversations of people who did not consent, web chat transcripts,
/// the ids of messages taken in, messages long sent or failed) goes after the same time. In batches, each in its own transaction.
/// </summary>
public sealed class RetentionPurgeJob(MentoringDbContext db, PersonEraser eraser, IOptions<ProgrammeOptions> programme, TimeProvider time)
{
    public const string Id = "retention-purge";
    public const string Schedule = "30 3 * * *";

    private const int BatchSize = 100;

    [DisableConcurrentExecution(timeoutInSeconds: 3600)]
    [AutomaticRetry(Attempts = 3)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now.AddMonths(-programme.Value.RetentionMonths);
        var erased = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var silent = await db.People
                .Where(p => p.Status != PersonStatus.Erased && p.LastActiveAt < cutoff
                    && !db.ChannelAddresses.Any(a => a.PersonId == p.Id && a.LastInboundAt >= cutoff))
                .OrderBy(p => p.LastActiveAt)
                .Include(p => p.ChannelAddresses).Include(p => p.MenteeProfile).Include(p => p.MentorProfile)
                .AsSplitQuery()
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            if (silent.Count == 0)
            {
                break;
            }

            foreach (var person in silent)
            {
                await eraser.EraseAsync(person, now, cancellationToken);
                db.AuditEntries.Add(new AuditEntry(now, "retention-purge", "person.erased", $"Person/{person.Id}"));
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            erased += silent.Count;
        }

        // What belongs to nobody known: gone after the same time, in one statement each.
        await db.ConversationStates.Where(s => s.PersonId == null && s.UpdatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        await db.DirectLineActivities.Where(a => a.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        await db.InboundMessages.Where(m => m.ReceivedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        await db.Outbox.Where(o => o.State != OutboxState.Pending && o.State != OutboxState.Held && o.CreatedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        return erased;
    }
}
