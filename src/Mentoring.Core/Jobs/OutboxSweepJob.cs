using Hangfire;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Jobs;

/// <summary>
/// Sends what the dispatcher did not: rows due for another attempt, and rows whose lease ran out
/// because the host that took them stopped before recording the send. Each row is claimed under
/// its version, so two hosts sweeping at once never both send it.
/// </summary>
public sealed class OutboxSweepJob(MentoringDbContext db, OutboxDispatcher dispatcher, TimeProvider time)
{
    public const string Id = "outbox-sweep";
    public const string Schedule = "* * * * *";

    private const int BatchSize = 200;

    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    [AutomaticRetry(Attempts = 0)]
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();

        var due = await db.Outbox
            .Where(o => o.State == OutboxState.Pending && o.NextAttemptAt <= now && (o.LeaseUntil == null || o.LeaseUntil <= now))
            .OrderBy(o => o.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        // Oldest first, and lanes keep that order per address: replies a crash left behind go out
        // as they were written.
        var claimed = due.Where(o => o.TryClaim(dispatcher.Owner, now, OutboxDispatcher.Lease)).ToList();
        while (true)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateConcurrencyException e)
            {
                // Another host claimed these first: leave them to it.
                foreach (var entry in e.Entries)
                {
                    claimed.Remove((OutboxMessage)entry.Entity);
                    entry.State = EntityState.Detached;
                }
            }
        }

        dispatcher.Enqueue(claimed);
        return claimed.Count;
    }
}
