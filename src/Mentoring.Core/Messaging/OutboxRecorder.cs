using System.Threading.Channels;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentoring.Core.Messaging;

/// <summary>
/// Writes what became of each send, many at a time: one query and one batched update for all the
/// outcomes that arrived meanwhile, instead of a transaction per message. A refusal is recorded
/// with what it means (<see cref="DeliveryFailures"/>): another try later, or failed for good with
/// a Case for coordinators.
/// </summary>
public sealed partial class OutboxRecorder(IServiceScopeFactory scopes, TimeProvider time, ILogger<OutboxRecorder> logger) : BackgroundService
{
    /// <summary>After this many attempts a message is failed for good and coordinators see it.</summary>
    public const int MaxAttempts = 8;

    private const int BatchSize = 256;

    /// <summary>
    /// How long the first outcome waits for others to share its write: a busy host records dozens
    /// at once instead of a few (three round trips each time). Nobody waits for the record; a row
    /// is leased for minutes.
    /// </summary>
    private static readonly TimeSpan Linger = TimeSpan.FromMilliseconds(50);

    private readonly Channel<OutboxOutcome> outcomes = Channel.CreateUnbounded<OutboxOutcome>(new() { SingleReader = true });

    public void Record(OutboxOutcome outcome) => outcomes.Writer.TryWrite(outcome);

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1: 30 s, doubling, at most an hour.</summary>
    public static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Max(0, attempt - 1)), 3600));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<OutboxOutcome>(BatchSize);
        try
        {
            while (await outcomes.Reader.WaitToReadAsync(stoppingToken))
            {
                await Task.Delay(Linger, stoppingToken);
                await RecordAvailableAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // What was sent before the stop is still recorded, so the sweep does not send it again.
            await RecordAvailableAsync(batch, CancellationToken.None);
        }
    }

    private async Task RecordAvailableAsync(List<OutboxOutcome> batch, CancellationToken cancellationToken)
    {
        while (outcomes.Reader.TryRead(out var outcome))
        {
            batch.Add(outcome);
            if (batch.Count == BatchSize)
            {
                await RecordBatchAsync(batch, cancellationToken);
            }
        }

        if (batch.Count > 0)
        {
            await RecordBatchAsync(batch, cancellationToken);
        }
    }

    private async Task RecordBatchAsync(List<OutboxOutcome> batch, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyAsync(batch, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else changed one of the rows (a sweep on another host): record one by one,
            // each on fresh rows, so the others are not lost with it.
            foreach (var outcome in batch)
            {
                await ApplyAloneAsync(outcome, cancellationToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The database is away or busy past its wait: the rows keep their leases, and the
            // sweep sends them again when those run out. The recorder itself goes on.
            LogNotRecorded(logger, batch.Count, e.Message);
        }

        batch.Clear();
    }

    private async Task ApplyAloneAsync(OutboxOutcome outcome, CancellationToken cancellationToken)
    {
        try
        {
            await ApplyAsync([outcome], cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogNotRecorded(logger, 1, e.Message);
        }
    }

    private async Task ApplyAsync(IReadOnlyCollection<OutboxOutcome> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MentoringDbContext>();
        var ids = batch.Select(o => o.Id).ToList();
        var rows = await db.Outbox.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken);
        var now = time.GetUtcNow();
        var templates = scope.ServiceProvider.GetRequiredService<WhatsAppTemplates>();
        foreach (var outcome in batch)
        {
            // Only the attempt that is still open is recorded; a stale outcome (another host
            // sent the row after our lease ran out) changes nothing.
            if (rows.TryGetValue(outcome.Id, out var row) && row.State == OutboxState.Pending && row.Attempts == outcome.AttemptsBefore)
            {
                await ApplyAsync(db, row, outcome, templates, now, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task ApplyAsync(MentoringDbContext db, OutboxMessage row, OutboxOutcome outcome, WhatsAppTemplates templates, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (outcome.Verdict)
        {
            case OutboxVerdict.Sent:
                row.MarkSent(outcome.ProviderMessageId, now);
                break;
            case OutboxVerdict.Deferred:
                row.Defer(outcome.Until ?? now + Backoff(1));
                break;
            case OutboxVerdict.Held:
                row.Hold(outcome.Error ?? OutboxPolicy.HeldReason);

                // A notice waits for the person's next message; the kind's template, if there is
                // one, tells them there is news, which opens WhatsApp's window when they answer.
                if (row.IsEvent && templates.Notification(row.Kind, row.ChannelId, row.Address) is { } notification)
                {
                    db.Outbox.Add(new OutboxMessage(Guid.NewGuid(), row.PersonId, row.ChannelId, row.Address, row.Kind, notification, now));
                }

                break;
            case OutboxVerdict.Suppressed:
                row.Suppress(outcome.Error ?? "opted out");
                break;
            default:
                await DeliveryFailures.RecordRefusalAsync(db, row, outcome, templates, now, cancellationToken);
                break;
        }
    }

    [LoggerMessage(LogLevel.Error, "Could not record the outcome of {Count} outbox sends; their leases run out and the sweep sends them again: {Error}")]
    private static partial void LogNotRecorded(ILogger logger, int count, string error);
}
