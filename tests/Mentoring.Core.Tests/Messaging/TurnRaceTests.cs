using System.Text.Json.Nodes;
using Mentoring.Conversations.Pipeline;
using static Mentoring.Core.Tests.Messaging.TestActivities;

namespace Mentoring.Core.Tests.Messaging;

/// <summary>
/// Turns of one conversation on two hosts at once. Each host's own lock cannot see the other; the
/// state's version (an existing conversation) or its unique key (a new one) settles the race.
/// </summary>
public abstract class TurnRaceTests : MessagingTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task CommitAsync_ThrowsStateChangedAndStoresNothing_WhenAnotherHostCommittedFirst(bool conversationExists)
    {
        await using var database = NewDatabase();
        await using var hostA = await HostAsync(database);
        await using var hostB = await HostAsync(database);
        if (conversationExists)
        {
            await hostA.RunAsync(Message("m-0", "start"));
        }

        var (a, b) = (Message("m-1", "a"), Message("m-2", "b"));
        await using var onA = await hostA.Store.BeginAsync(a, CancellationToken.None);
        await using var onB = await hostB.Store.BeginAsync(b, CancellationToken.None);
        await onA.CommitAsync(new JsonObject { ["by"] = "a" }, [a.CreateReply("from a")], CancellationToken.None);
        var conflict = await Assert.ThrowsAsync<TurnConflictException>(
            () => onB.CommitAsync(new JsonObject { ["by"] = "b" }, [b.CreateReply("from b")], CancellationToken.None));

        Assert.Equal(TurnConflict.StateChanged, conflict.Conflict);
        Assert.Equal("""{"by":"a"}""", (await StateAsync(database)).Data);
        Assert.DoesNotContain("m-2", await InboundIdsAsync(database));
        Assert.DoesNotContain("from b", (await OutboxAsync(database)).Select(o => TextOf(o.Payload)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RunAsync_RunsTheTurnAgainOnFreshState_WhenAnotherHostCommittedFirst(bool conversationExists)
    {
        await using var database = NewDatabase();
        var botB = new CountingBot();
        await using var hostA = await HostAsync(database);
        await using var hostB = await HostAsync(database, botB);
        var before = 0;
        if (conversationExists)
        {
            await hostA.RunAsync(Message("m-0", "start"));
            before = 1;
        }

        var held = botB.HoldNext("b");
        var onB = hostB.RunAsync(Message("m-2", "b"));
        await held.Entered.Task;
        await hostA.RunAsync(Message("m-1", "a"));
        held.Release.SetResult();

        Assert.False((await onB).IsDuplicate);
        Assert.Equal(2, botB.Runs);
        Assert.Equal($$"""{"count":{{before + 2}},"last":"b"}""", (await StateAsync(database)).Data);
        var replies = (await OutboxAsync(database)).Select(o => TextOf(o.Payload)).ToList();
        Assert.Contains($"{before + 2}: b", replies);
        Assert.DoesNotContain($"{before + 1}: b", replies);
    }
}
