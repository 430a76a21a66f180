using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Mentoring.Conversations.Tests.Pipeline;

public sealed class TurnPipelineTests
{
    private readonly CountingBot bot = new();
    private readonly RecordingSender sender = new();
    private readonly ConversationLocks locks = new();
    private readonly MemoryTurnStore store;
    private readonly TurnPipeline pipeline;

    public TurnPipelineTests()
    {
        var services = new ServiceCollection().AddSingleton<IActivitySender>(sender).BuildServiceProvider();
        store = new MemoryTurnStore(services);
        pipeline = new TurnPipeline(store, bot, locks, [], NullLogger<TurnPipeline>.Instance);
    }

    [Fact]
    public async Task RunAsync_RunsOneTurn_WhenTheSameMessageArrivesTwice()
    {
        var first = await pipeline.RunAsync(Message("m-1", "hello"), returnReplies: false, CancellationToken.None);
        var again = await pipeline.RunAsync(Message("m-1", "hello"), returnReplies: false, CancellationToken.None);

        Assert.False(first.IsDuplicate);
        Assert.True(again.IsDuplicate);
        Assert.Equal(1, store.Commits);
        Assert.Equal(["1: hello"], sender.Texts);
        Assert.Equal("{\"count\":1}", store.StateOf("test", "conv-1"));
    }

    [Fact]
    public async Task RunAsync_RunsTurnsOfOneConversationOneAtATime_InArrivalOrder()
    {
        var hold = (Text: "first", Entered: new TaskCompletionSource(), Release: new TaskCompletionSource());
        bot.Hold = hold;
        var first = pipeline.RunAsync(Message("m-1", "first"), returnReplies: false, CancellationToken.None);
        await hold.Entered.Task;
        var second = pipeline.RunAsync(Message("m-2", "second"), returnReplies: false, CancellationToken.None);
        var third = pipeline.RunAsync(Message("m-3", "third"), returnReplies: false, CancellationToken.None);
        await Task.Delay(50);

        Assert.Equal(1, bot.Runs);
        hold.Release.SetResult();
        await Task.WhenAll(first, second, third);

        Assert.Equal(["1: first", "2: second", "3: third"], sender.Texts);
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task RunAsync_RunsOtherConversationsMeanwhile()
    {
        var hold = (Text: "slow", Entered: new TaskCompletionSource(), Release: new TaskCompletionSource());
        bot.Hold = hold;
        var slow = pipeline.RunAsync(Message("m-1", "slow"), returnReplies: false, CancellationToken.None);
        await hold.Entered.Task;

        await pipeline.RunAsync(Message("m-2", "quick", conversation: "conv-2"), returnReplies: false, CancellationToken.None);

        Assert.Equal(["1: quick"], sender.Texts);
        hold.Release.SetResult();
        await slow;
    }

    [Fact]
    public async Task RunAsync_RunsTheTurnAgainOnFreshState_WhenAnotherWriterCommittedFirst()
    {
        var raced = false;
        store.BeforeCommit = () =>
        {
            if (!raced)
            {
                raced = true;
                store.Overwrite("test", "conv-1", "{\"count\":41}");
            }

            return Task.CompletedTask;
        };

        await pipeline.RunAsync(Message("m-1", "hello"), returnReplies: false, CancellationToken.None);

        Assert.Equal(2, bot.Runs);
        Assert.Equal(["42: hello"], sender.Texts);
        Assert.Equal("{\"count\":42}", store.StateOf("test", "conv-1"));
    }

    [Fact]
    public async Task RunAsync_GivesUp_WhenEveryAttemptLosesTheRace()
    {
        store.BeforeCommit = () =>
        {
            store.Overwrite("test", "conv-1", "{}");
            return Task.CompletedTask;
        };

        var conflict = await Assert.ThrowsAsync<TurnConflictException>(() => pipeline.RunAsync(Message("m-1", "hello"), returnReplies: false, CancellationToken.None));

        Assert.Equal(TurnConflict.StateChanged, conflict.Conflict);
        Assert.Equal(TurnPipeline.MaxAttempts, bot.Runs);
        Assert.Empty(sender.Texts);
        Assert.Equal(0, locks.Count);
    }

    [Fact]
    public async Task RunAsync_ReturnsTheRepliesInsteadOfSendingThem_WhenAskedTo()
    {
        var result = await pipeline.RunAsync(Message("m-1", "hello"), returnReplies: true, CancellationToken.None);

        Assert.Equal("1: hello", Assert.Single(result.Replies).Text);
        Assert.Empty(sender.Texts);
        Assert.Equal("{\"count\":1}", store.StateOf("test", "conv-1"));
    }

    [Fact]
    public async Task RunAsync_PassesTheTurnThroughMiddlewareInOrder_AndStopsWhereOneAnswersItself()
    {
        var seen = new List<string>();
        var answering = new Middleware("keywords", seen, turn =>
        {
            if (turn.Activity.Text != "STOP")
            {
                return false;
            }

            turn.State["stopped"] = true;
            turn.Send(new Activity { Text = "stopped" });
            return true;
        });
        var withMiddleware = new TurnPipeline(store, bot, locks, [new Middleware("first", seen, _ => false), answering], NullLogger<TurnPipeline>.Instance);

        await withMiddleware.RunAsync(Message("m-1", "hello"), returnReplies: false, CancellationToken.None);
        await withMiddleware.RunAsync(Message("m-2", "STOP"), returnReplies: false, CancellationToken.None);

        Assert.Equal(["first", "keywords", "first", "keywords"], seen);
        Assert.Equal(1, bot.Runs);
        Assert.Equal(["1: hello", "stopped"], sender.Texts);
        Assert.Equal("{\"count\":1,\"stopped\":true}", store.StateOf("test", "conv-1"));
    }

    private static Activity Message(string id, string text, string conversation = "conv-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = "test",
        ServiceUrl = "urn:test",
        Conversation = new() { Id = conversation },
        From = new() { Id = "user-1" },
        Recipient = new() { Id = "bot-1" },
        Text = text,
    };

    private sealed class Middleware(string name, List<string> seen, Func<ITurnContext, bool> answers) : ITurnMiddleware
    {
        public Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> next, CancellationToken cancellationToken)
        {
            seen.Add(name);
            return answers(turnContext) ? Task.CompletedTask : next(cancellationToken);
        }
    }

    private sealed class RecordingSender : IActivitySender
    {
        private readonly List<string> texts = [];

        public IReadOnlyList<string> Texts
        {
            get
            {
                lock (texts)
                {
                    return [.. texts];
                }
            }
        }

        public bool Delivers(Activity activity) => true;

        public Task<string?> SendAsync(Activity activity, string deliveryId, CancellationToken cancellationToken)
        {
            lock (texts)
            {
                texts.Add(activity.Text!);
            }

            return Task.FromResult<string?>(null);
        }
    }
}
