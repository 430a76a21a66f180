using System.Text.Json.Nodes;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Schema;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Core.Tests.Messaging.TestActivities;

namespace Mentoring.Core.Tests.Messaging;

/// <summary>One turn through the pipeline into the database, and a channel's retries of it.</summary>
public abstract class DatabaseTurnStoreTests : MessagingTests
{
    [Fact]
    public async Task RunAsync_CommitsStateMessageIdAndReply_AndTheReplyIsSent()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);

        var result = await host.RunAsync(Message("m-1", "hello"));

        await UntilSentAsync(database, 1);
        var state = await StateAsync(database);
        Assert.Equal((ChannelId, "conv-1", """{"count":1,"last":"hello"}"""), (state.ChannelId, state.ConversationKey, state.Data));
        Assert.Equal(["m-1"], await InboundIdsAsync(database));
        var row = Assert.Single(await OutboxAsync(database));
        Assert.Equal((MessageKind.Reply, ChannelId, "conv-1"), (row.Kind, row.ChannelId, row.Address));
        Assert.Equal(ActivityJson.Serialize(Assert.Single(result.Replies)), row.Payload);
        Assert.Equal((OutboxState.Sent, "sid-1", 1, TestPeople.Now), (row.State, row.ProviderMessageId, row.Attempts, row.SentAt));
        Assert.Equal((null, null), (row.LeaseOwner, row.LeaseUntil));
        Assert.Equal(["1: hello"], Sender.Texts);
    }

    [Fact]
    public async Task RunAsync_RunsTheBotOnce_WhenTheSameActivityArrivesTwice()
    {
        await using var database = NewDatabase();
        await using var host = await HostAsync(database);

        var first = await host.RunAsync(Message("m-1", "hello"));
        var again = await host.RunAsync(Message("m-1", "hello"));

        Assert.Equal((false, true), (first.IsDuplicate, again.IsDuplicate));
        Assert.Equal(1, Bot.Runs);
        Assert.Single(await OutboxAsync(database));
        Assert.Equal(["m-1"], await InboundIdsAsync(database));
    }

    [Fact]
    public async Task CommitAsync_ThrowsDuplicateAndStoresNothing_WhenARetryOfTheMessageCommittedFirst()
    {
        await using var database = NewDatabase();
        await using var host = await HostAsync(database);
        var activity = Message("m-1", "hello");

        // Both began before either committed: the look for the message id let both through.
        await using var first = await host.Store.BeginAsync(activity, CancellationToken.None);
        await using var retry = await host.Store.BeginAsync(Message("m-1", "hello"), CancellationToken.None);
        await first.CommitAsync(new JsonObject { ["by"] = "first" }, [activity.CreateReply("from first")], CancellationToken.None);
        var conflict = await Assert.ThrowsAsync<TurnConflictException>(
            () => retry.CommitAsync(new JsonObject { ["by"] = "retry" }, [activity.CreateReply("from retry")], CancellationToken.None));

        Assert.Equal(TurnConflict.Duplicate, conflict.Conflict);
        Assert.Equal("""{"by":"first"}""", (await StateAsync(database)).Data);
        Assert.Equal(["m-1"], await InboundIdsAsync(database));
        Assert.Equal("from first", TextOf(Assert.Single(await OutboxAsync(database)).Payload));
    }

    [Fact]
    public async Task RunAsync_DropsTheRetry_WhenTheMessageCommittedOnAnotherHostDuringTheTurn()
    {
        await using var database = NewDatabase();
        var botB = new CountingBot();
        await using var hostA = await HostAsync(database);
        await using var hostB = await HostAsync(database, botB);
        await hostA.RunAsync(Message("m-0", "start"));

        var held = botB.HoldNext("hello");
        var onB = hostB.RunAsync(Message("m-1", "hello"));
        await held.Entered.Task;
        await hostA.RunAsync(Message("m-1", "hello"));
        held.Release.SetResult();

        Assert.True((await onB).IsDuplicate);
        Assert.Equal(1, botB.Runs);
        Assert.Equal("""{"count":2,"last":"hello"}""", (await StateAsync(database)).Data);
        Assert.Equal(["m-0", "m-1"], await InboundIdsAsync(database));
        Assert.Equal(["1: start", "2: hello"], (await OutboxAsync(database)).Select(o => TextOf(o.Payload)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task RunAsync_CommitsWhatTheTurnChangedBesidesTheState_WithTheState()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database, middleware: new Audits("turn"));

        await host.RunAsync(Message("m-1", "hello"));

        await UntilSentAsync(database, 1);
        Assert.Equal("""{"count":1,"last":"hello"}""", (await StateAsync(database)).Data);
        Assert.Equal(["m-1"], await InboundIdsAsync(database));
        Assert.Equal(["turn"], await AuditActionsAsync(database));
        Assert.Equal(["1: hello"], Sender.Texts);
    }

    [Fact]
    public async Task CommitAsync_StoresNoneOfWhatTheTurnChanged_WhenAnotherHostCommittedFirst()
    {
        await using var database = NewDatabase();
        await using var hostA = await HostAsync(database);
        await using var hostB = await HostAsync(database);
        await hostA.RunAsync(Message("m-0", "start"));

        var (a, b) = (Message("m-1", "a"), Message("m-2", "b"));
        await using var onA = await hostA.Store.BeginAsync(a, CancellationToken.None);
        await using var onB = await hostB.Store.BeginAsync(b, CancellationToken.None);
        onB.Services.GetRequiredService<MentoringDbContext>().AuditEntries.Add(new AuditEntry(TestPeople.Now, "bot", "turn b", "conv-1"));
        await onA.CommitAsync(new JsonObject { ["by"] = "a" }, [a.CreateReply("from a")], CancellationToken.None);
        var conflict = await Assert.ThrowsAsync<TurnConflictException>(
            () => onB.CommitAsync(new JsonObject { ["by"] = "b" }, [b.CreateReply("from b")], CancellationToken.None));

        Assert.Equal(TurnConflict.StateChanged, conflict.Conflict);
        Assert.Equal("""{"by":"a"}""", (await StateAsync(database)).Data);
        Assert.Empty(await AuditActionsAsync(database));
        Assert.DoesNotContain("m-2", await InboundIdsAsync(database));
        Assert.DoesNotContain("from b", (await OutboxAsync(database)).Select(o => TextOf(o.Payload)));
    }

    [Fact]
    public async Task CommitAsync_ThrowsDuplicateAndStoresNothing_WhenTheMessageIdWasTakenInByAnotherConversationMeanwhile()
    {
        await using var database = NewDatabase();
        await using var host = await HostAsync(database);
        await host.RunAsync(Message("m-0", "start", "conv-2"));

        // Its state still at the version it read; only the message id is taken by the time it commits.
        var activity = Message("m-1", "late", "conv-2");
        await using var turn = await host.Store.BeginAsync(activity, CancellationToken.None);
        await host.RunAsync(Message("m-1", "first"));
        var conflict = await Assert.ThrowsAsync<TurnConflictException>(
            () => turn.CommitAsync(new JsonObject { ["by"] = "late" }, [activity.CreateReply("from late")], CancellationToken.None));

        Assert.Equal(TurnConflict.Duplicate, conflict.Conflict);
        await using var db = await database.NewContextAsync();
        Assert.Equal("""{"count":1,"last":"start"}""", (await db.ConversationStates.AsNoTracking().SingleAsync(s => s.ConversationKey == "conv-2")).Data);
        Assert.Equal(["m-0", "m-1"], await InboundIdsAsync(database));
        Assert.DoesNotContain("from late", (await OutboxAsync(database)).Select(o => TextOf(o.Payload)));
    }

    [Fact]
    public async Task RunAsync_StoresLongChannelIdsHashed_AndStillDropsRetries()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);
        var conversation = new string('c', 400);

        // Two ids that differ only in their last character: a hash tells them apart, a cut would not.
        var (id1, id2) = (new string('m', 299) + "1", new string('m', 299) + "2");
        var first = await host.RunAsync(Message(id1, "hello", conversation));
        var again = await host.RunAsync(Message(id1, "hello", conversation));
        var next = await host.RunAsync(Message(id2, "again", conversation));

        Assert.Equal((false, true, false), (first.IsDuplicate, again.IsDuplicate, next.IsDuplicate));
        var state = await StateAsync(database);
        Assert.Equal("""{"count":2,"last":"again"}""", state.Data);
        Assert.StartsWith("sha256:", state.ConversationKey, StringComparison.Ordinal);
        Assert.InRange(state.ConversationKey.Length, 1, 256);
        var ids = await InboundIdsAsync(database);
        Assert.Equal(2, ids.Distinct().Count());
        Assert.All(ids, id => Assert.InRange(id.Length, 1, 128));
        Assert.All(await OutboxAsync(database), o => Assert.Equal(state.ConversationKey, o.Address));

        // Only the keys are hashed: the replies still go to the conversation by its own id.
        await UntilSentAsync(database, 2);
        Assert.All(Sender.Sent, a => Assert.Equal(conversation, a.Conversation!.Id));
    }

    protected static async Task<List<string>> AuditActionsAsync(TestDatabase database)
    {
        await using var db = await database.NewContextAsync();
        return await db.AuditEntries.Select(e => e.Action).ToListAsync();
    }

    /// <summary>Writes an audit entry in every turn, through the turn's own context, as the programme's actions do.</summary>
    protected sealed class Audits(string action) : ITurnMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
        {
            turnContext.Services.GetRequiredService<MentoringDbContext>().AuditEntries.Add(new AuditEntry(TestPeople.Now, "bot", action, turnContext.Activity.Conversation!.Id!));
            return next(cancellationToken);
        }
    }
}
