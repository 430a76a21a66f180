using Mentoring.Core.Domain;
using Mentoring.Core.Messaging;
using Mentoring.Core.Tests.Data;
using static Mentoring.Core.Tests.Messaging.TestActivities;

namespace Mentoring.Core.Tests.Messaging;

/// <summary>
/// Delivery after the commit: the dispatcher's send, the recorder's outcome, the sweep's second
/// chance for what a host leased and never sent.
/// </summary>
public abstract class OutboxTests : MessagingTests
{
    private static readonly string[] People = ["p", "q"];

    [Fact]
    public async Task Recorder_KeepsTheRowPendingUntilItsBackoff_WhenTheChannelRefusesForNow()
    {
        Sender.RefuseNext(1, permanent: false);
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);

        await host.RunAsync(Message("m-1", "hello"));

        await Poll.UntilAsync(async () => (await OutboxAsync(database)).Single().Attempts == 1, "the refusal is recorded");
        var row = Assert.Single(await OutboxAsync(database));
        Assert.Equal((OutboxState.Pending, TestPeople.Now + OutboxRecorder.Backoff(1)), (row.State, row.NextAttemptAt));
        Assert.Equal((RecordingSender.Refusal, null, null), (row.LastError, row.LeaseOwner, row.LeaseUntil));
        Assert.Empty(Sender.Sent);

        Time.Advance(OutboxRecorder.Backoff(1) - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await host.SweepAsync());
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await host.SweepAsync());
        await UntilSentAsync(database, 1);
        Assert.Equal(2, Assert.Single(await OutboxAsync(database)).Attempts);
        Assert.Equal(["1: hello"], Sender.Texts);
    }

    [Fact]
    public async Task Recorder_FailsTheRowForGood_WhenTheChannelRefusesForGood()
    {
        Sender.RefuseNext(1, permanent: true);
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);

        await host.RunAsync(Message("m-1", "hello"));

        await Poll.UntilAsync(async () => (await OutboxAsync(database)).Single().State == OutboxState.Failed, "the row is failed");
        var row = Assert.Single(await OutboxAsync(database));
        Assert.Equal((1, RecordingSender.Refusal, null), (row.Attempts, row.LastError, row.LeaseUntil));
        Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await host.SweepAsync());
        Assert.Equal(1, Sender.Attempts);
    }

    [Fact]
    public async Task Recorder_FailsTheRowForGood_WhenTheLastAttemptIsRefused()
    {
        Sender.RefuseNext(OutboxRecorder.MaxAttempts, permanent: false);
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);

        await host.RunAsync(Message("m-1", "hello"));
        for (var attempt = 1; attempt <= OutboxRecorder.MaxAttempts; attempt++)
        {
            if (attempt > 1)
            {
                // Still pending after every earlier refusal, or the sweep would not take it.
                Time.Advance(OutboxRecorder.Backoff(attempt - 1));
                Assert.Equal(1, await host.SweepAsync());
            }

            await Poll.UntilAsync(async () => (await OutboxAsync(database)).Single().Attempts == attempt, $"attempt {attempt} is recorded");
        }

        var row = Assert.Single(await OutboxAsync(database));
        Assert.Equal((OutboxState.Failed, OutboxRecorder.MaxAttempts, RecordingSender.Refusal), (row.State, row.Attempts, row.LastError));
        Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await host.SweepAsync());
        Assert.Equal(OutboxRecorder.MaxAttempts, Sender.Attempts);
    }

    [Fact]
    public async Task Sweep_SendsOnceWhatACrashedHostCommitted_WhenItsLeaseHasRunOut()
    {
        await using var database = NewDatabase();
        await using (var crashed = await HostAsync(database))
        {
            await crashed.RunAsync(Message("m-1", "hello"));
        }

        await using var restarted = await StartedHostAsync(database);
        Time.Advance(OutboxDispatcher.Lease - TimeSpan.FromSeconds(1));
        Assert.Equal(0, await restarted.SweepAsync());
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await restarted.SweepAsync());

        await UntilSentAsync(database, 1);
        Assert.Equal(0, await restarted.SweepAsync());
        var row = Assert.Single(await OutboxAsync(database));
        Assert.Equal((1, "sid-1", null), (row.Attempts, row.ProviderMessageId, row.LeaseUntil));
        Assert.Equal(["1: hello"], Sender.Texts);
        Assert.Equal(1, Sender.Attempts);
    }

    [Fact]
    public async Task Sweep_SendsWhatACrashedHostLeftBehind_InTheOrderItWasWritten()
    {
        await using var database = NewDatabase();
        await using (var crashed = await HostAsync(database))
        {
            await crashed.RunAsync(Message("m-1", "a b c d e f g h"));
        }

        await using var restarted = await StartedHostAsync(database);
        Time.Advance(OutboxDispatcher.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(8, await restarted.SweepAsync());

        await UntilSentAsync(database, 8);
        Assert.Equal(["1: a", "1: b", "1: c", "1: d", "1: e", "1: f", "1: g", "1: h"], Sender.Texts);
    }

    [Fact]
    public async Task Sweep_SendsEachRowOnce_WhenTwoHostsSweepTheSameRowsAtOnce()
    {
        await using var database = NewDatabase();
        string[] conversations = ["conv-1", "conv-2", "conv-3"];
        await using (var crashed = await HostAsync(database))
        {
            foreach (var conversation in conversations)
            {
                await crashed.RunAsync(Message($"m-{conversation}", $"to-{conversation}", conversation));
            }
        }

        var gate = new SaveGate();
        await using var hostA = await StartedHostAsync(database, interceptor: gate);
        await using var hostB = await StartedHostAsync(database);
        Time.Advance(OutboxDispatcher.Lease);

        // A has read the due rows and claimed them in memory; B claims and saves them meanwhile.
        var held = gate.HoldNext();
        var sweepA = hostA.SweepAsync();
        await held.Entered.Task;
        var sweptByB = await hostB.SweepAsync();
        held.Release.SetResult();

        Assert.Equal((0, conversations.Length), (await sweepA, sweptByB));
        await UntilSentAsync(database, conversations.Length);
        Assert.Equal(["1: to-conv-1", "1: to-conv-2", "1: to-conv-3"], Sender.Texts.Order(StringComparer.Ordinal));
        Assert.Equal(conversations.Length, Sender.Attempts);
    }

    [Fact]
    public async Task Dispatcher_DeliversTheRepliesOfOneAddress_InTheOrderTheyWereWritten()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);

        // Two people's turns in turn, three replies each, so the lanes have something to overtake.
        for (var turn = 1; turn <= 4; turn++)
        {
            foreach (var person in People)
            {
                await host.RunAsync(Message($"{person}-{turn}", $"{person}{turn}a {person}{turn}b {person}{turn}c", $"conv-{person}"));
            }
        }

        await UntilSentAsync(database, 24);
        foreach (var person in People)
        {
            var expected = Enumerable.Range(1, 4).SelectMany(turn => "abc".Select(reply => $"{turn}: {person}{turn}{reply}"));
            Assert.Equal(expected, Sender.Sent.Where(a => a.Conversation!.Id == $"conv-{person}").Select(a => a.Text));
        }
    }

    [Fact]
    public async Task Dispatcher_LeavesARowThatWaitedPastItsLease_ToTheSweep_SoItIsSentOnce()
    {
        await using var database = NewDatabase();
        await using var host = await HostAsync(database);
        await host.RunAsync(Message("m-1", "hello"));

        // The row waited in its lane longer than its lease (a long queue): by now the sweep of
        // another host could have taken it, so this one must not send it.
        Time.Advance(OutboxDispatcher.Lease);
        await host.StartAsync();
        Assert.Equal(1, await host.SweepAsync());

        await UntilSentAsync(database, 1);
        Assert.Equal(["1: hello"], Sender.Texts);
    }
}
