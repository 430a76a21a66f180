using System.Threading.Channels;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Twilio;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentoring.Core.Messaging;

/// <summary>
/// Sends outbox rows as soon as their transaction has committed: no polling delay. Rows of one
/// address go through one lane, so a person gets them in the order they were written; lanes run
/// side by side. What was sent is recorded in batches (<see cref="OutboxRecorder"/>). A row this
/// host leased but never sent (a crash, a stop) is picked up by <see cref="Jobs.OutboxSweepJob"/> when
/// its lease has run out: delivery is at least once, and a second copy needs a crash between
/// the send and its record.
/// </summary>
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, OutboxRecorder recorder, TimeProvider time, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    /// <summary>Long enough for a send with its quick retries; after it another host may send the row.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private const int LaneCount = 16;

    /// <summary>A row whose lease ends sooner than this is left to the sweep: another host may take it then.</summary>
    private static readonly TimeSpan LeaseMargin = TimeSpan.FromSeconds(15);

    private readonly Channel<OutboxWork>[] lanes = [.. Enumerable.Range(0, LaneCount).Select(_ => Channel.CreateUnbounded<OutboxWork>(new() { SingleReader = true }))];

    /// <summary>Who holds the leases this process takes.</summary>
    public string Owner { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";

    /// <summary>Hands rows this host has leased to the lanes; call only after they are committed.</summary>
    public void Enqueue(IEnumerable<OutboxMessage> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        foreach (var row in rows)
        {
            var lane = (int)((uint)StringComparer.Ordinal.GetHashCode(row.Address) % LaneCount);
            lanes[lane].Writer.TryWrite(OutboxWork.From(row));
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(lanes.Select(lane => RunLaneAsync(lane.Reader, stoppingToken)));

    private async Task RunLaneAsync(ChannelReader<OutboxWork> lane, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var work in lane.ReadAllAsync(stoppingToken))
            {
                // Waited in the lane past its lease (a long queue, a slow channel): the sweep may
                // already have given it to another sender, so sending it here could send it twice.
                if (work.LeaseUntil is { } until && time.GetUtcNow() >= until - LeaseMargin)
                {
                    LogLeaseRanOut(logger, work.Id);
                    continue;
                }

                recorder.Record(await SendAsync(work, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Rows still queued keep their lease and go out with the sweep after it runs out.
        }
    }

    private async Task<OutboxOutcome> SendAsync(OutboxWork work, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var payload = work.Payload;
            if (OutboxPolicy.Applies(work))
            {
                var (stop, checkedPayload) = await scope.ServiceProvider.GetRequiredService<OutboxPolicy>().CheckAsync(work, stoppingToken);
                if (stop is not null)
                {
                    return stop;
                }

                payload = checkedPayload;
            }

            if (work.IsEvent)
            {
                // A notice: said by the dialogs, as a turn of the person's conversation.
                await scope.ServiceProvider.GetRequiredService<NoticeDelivery>().DeliverAsync(work, payload, stoppingToken);
                return OutboxOutcome.Sent(work.Id, work.Attempts, null);
            }

            var activity = ActivityJson.Deserialize(payload) ?? throw new DeliveryException("The outbox row holds no activity.", isPermanent: true);
            var sender = scope.ServiceProvider.GetServices<IActivitySender>().FirstOrDefault(s => s.Delivers(activity))
                ?? throw new DeliveryException($"No channel delivers to '{activity.ServiceUrl}'.", isPermanent: true);
            var providerId = await sender.SendAsync(activity, work.Id.ToString("N"), stoppingToken);
            return OutboxOutcome.Sent(work.Id, work.Attempts, providerId);
        }
        catch (DeliveryException e)
        {
            var code = (e as TwilioException)?.Code;
            if (code == TwilioErrorCodes.OptedOut)
            {
                // At once, not with the batched record: the next message in this lane must see it.
                await OptOutAsync(work, stoppingToken);
            }

            LogFailed(logger, work.Id, e.IsPermanent, code, LogRedaction.Redact(e.Message));
            return OutboxOutcome.Refused(work.Id, work.Attempts, e.Message, e.IsPermanent, code);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, work.Id, false, null, LogRedaction.Redact(e.Message));
            return OutboxOutcome.Refused(work.Id, work.Attempts, e.Message, isPermanent: false);
        }
    }

    private async Task OptOutAsync(OutboxWork work, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MentoringDbContext>();
            await DeliveryFailures.OptOutAsync(db, work.ChannelId, work.Address, work.PersonId, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), stoppingToken);
            await db.SaveChangesAsync(stoppingToken);
        }
        catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
        {
            // The recorder records it with the row in a moment.
            LogFailed(logger, work.Id, true, TwilioErrorCodes.OptedOut, LogRedaction.Redact(e.Message));
        }
    }

    [LoggerMessage(LogLevel.Warning, "Outbox message {Id} waited past its lease; the sweep sends it.")]
    private static partial void LogLeaseRanOut(ILogger logger, Guid id);

    [LoggerMessage(LogLevel.Warning, "Outbox message {Id} was not delivered (permanent: {Permanent}, code {Code}): {Error}")]
    private static partial void LogFailed(ILogger logger, Guid id, bool permanent, int? code, string error);
}
