using System.Runtime.CompilerServices;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentoring.Core.Messaging;

/// <summary>
/// Hands the dispatcher every outbox row a transaction makes ready to send (written by a turn or
/// a job, or released because the person wrote again) as soon as that transaction has committed:
/// no polling delay, whoever wrote the row. The rows are leased to this host in the same
/// <c>SaveChanges</c>, so sending them needs no second write; if the host dies first, the lease
/// runs out and the sweep sends them.
/// </summary>
public sealed class OutboxSignal(OutboxDispatcher dispatcher, TimeProvider time) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<OutboxMessage>> claimed = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Claim(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Claim(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Signal(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Leases new rows that are written without <c>SaveChanges</c> (a turn's one-statement
    /// commit), as <see cref="SavingChanges"/> leases tracked ones; call before writing them, and
    /// <see cref="Committed"/> after.
    /// </summary>
    public void Lease(IEnumerable<OutboxMessage> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var now = time.GetUtcNow();
        foreach (var row in rows)
        {
            // A row not due yet is left to the sweep, as in SaveChanges.
            if (row.LeaseOwner is null)
            {
                row.TryClaim(dispatcher.Owner, ClaimTime(row, now), OutboxDispatcher.Lease);
            }
        }
    }

    /// <summary>Hands rows leased by <see cref="Lease"/> to the dispatcher, once they are committed.</summary>
    public void Committed(IEnumerable<OutboxMessage> rows) => Enqueue([.. rows.Where(r => r.LeaseOwner == dispatcher.Owner)]);

    private void Claim(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = time.GetUtcNow();
        List<OutboxMessage>? rows = null;
        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>())
        {
            // Only rows nobody holds: the sweep claims its own.
            var row = entry.Entity;
            if (entry.State is EntityState.Added or EntityState.Modified && row.LeaseOwner is null
                && row.TryClaim(dispatcher.Owner, ClaimTime(row, now), OutboxDispatcher.Lease))
            {
                // Changes detection may have run already: make sure the lease is written.
                entry.DetectChanges();
                (rows ??= []).Add(row);
            }
        }

        if (rows is not null)
        {
            claimed.AddOrUpdate(context, rows);
        }
    }

    /// <summary>
    /// The replies of one turn are written a millisecond apart, so that their order survives in
    /// <see cref="OutboxMessage.CreatedAt"/>: a row due within a second counts as due now.
    /// </summary>
    private static DateTimeOffset ClaimTime(OutboxMessage row, DateTimeOffset now) =>
        row.NextAttemptAt > now && row.NextAttemptAt - now < TimeSpan.FromSeconds(1) ? row.NextAttemptAt : now;

    private void Signal(DbContext? context)
    {
        if (context is not null && claimed.TryGetValue(context, out var rows))
        {
            claimed.Remove(context);
            Enqueue(rows);
        }
    }

    // Oldest first: a held message goes before the answer to the message that released it.
    private void Enqueue(List<OutboxMessage> rows) => dispatcher.Enqueue(rows.OrderBy(r => r.CreatedAt));

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            claimed.Remove(context);
        }
    }
}
