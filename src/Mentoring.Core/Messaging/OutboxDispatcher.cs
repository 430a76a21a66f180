using System.Threading.Channels;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;
using Mentoring.Core.Domain;
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
public sealed partial class OutboxDispatcher(IServiceScopeFactory scopes, OutboxRecorder recorder, ILogger<OutboxDispatcher> logger) : BackgroundService
{
    /// <summary>Long enough for a send with its quick retries; after it another host may send the row.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private const int LaneCount = 16;

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
            lanes[lane].Writer.TryWrite(new OutboxWork(row.Id, row.Payload, row.Attempts));
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
            var activity = ActivityJson.Deserialize(work.Payload) ?? throw new DeliveryException("The outbox row holds no activity.", isPermanent: true);
            await using var scope = scopes.CreateAsyncScope();
            var sender = scope.ServiceProvider.GetServices<IActivitySender>().FirstOrDefault(s => s.Delivers(activity))
                ?? throw new DeliveryException($"No channel delivers to '{activity.ServiceUrl}'.", isPermanent: true);
            var providerId = await sender.SendAsync(activity, work.Id.ToString("N"), stoppingToken);
            return new OutboxOutcome(work.Id, work.Attempts, providerId, null, false);
        }
        catch (DeliveryException e)
        {
            LogFailed(logger, work.Id, e.IsPermanent, e.Message);
            return new OutboxOutcome(work.Id, work.Attempts, null, e.Message, e.IsPermanent);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, work.Id, false, e.Message);
            return new OutboxOutcome(work.Id, work.Attempts, null, e.Message, false);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Outbox message {Id} was not delivered (permanent: {Permanent}): {Error}")]
    private static partial void LogFailed(ILogger logger, Guid id, bool permanent, string error);
}
