using System.Net;
using Mentoring.Conversations.Tests.Hosting;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Web.Tests.Conversations;

/// <summary>
/// <c>/api/messages</c> in no-auth mode, the whole host on its own database: the sample flow from
/// "hello" to "saved", each reply reaching the connector after commit, and what stays behind.
/// </summary>
public sealed class BotMessagesTests : IAsyncLifetime
{
    private const string ConversationId = "emulator-conversation-1";

    // What the person writes and how each reply starts (en.yaml, try-it.*); Emulator renders
    // choices as buttons, so the role question carries no numbered list.
    private static readonly (string User, string[] Bot)[] TryIt =
    [
        ("hello", ["Hello! I am the chatbot of the mentoring programme.", "What is your first name?"]),
        ("Amal", ["Nice to meet you, Amal! What brings you here?"]),
        ("1", ["How many people could you mentor at the same time?"]),
        ("3", ["When are you usually free?"]),
        ("mon tue evening", ["Which languages do you speak?"]),
        ("1 2", ["Thank you, Amal! This is what I noted:"]),
        ("yes", ["Great, I have saved it.", "Thank you for trying it out!"]),
    ];

    private readonly MentoringWebFactory factory = new();
    private FakeConnector connector = null!;
    private HttpClient client = null!;
    private BotMessages messages = null!;

    public async ValueTask InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        client = factory.CreateClient();
        messages = new BotMessages(client, connector, "emulator", ConversationId);
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Messages_WalkTheSampleFlowToSaved_WhenEveryAnswerIsUnderstood()
    {
        var expected = 0;
        for (var turn = 0; turn < TryIt.Length; turn++)
        {
            var (user, bot) = TryIt[turn];
            using var response = await messages.PostAsync(messages.Message($"m-{turn}", user));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            // The next answer goes only after this turn's replies arrived, as a person would write.
            var replies = (await messages.RepliesAsync(expected += bot.Length)).Skip(expected - bot.Length).ToList();
            Assert.Equal(bot.Length, replies.Count);
            for (var i = 0; i < bot.Length; i++)
            {
                Assert.Equal(messages.ReplyPath($"m-{turn}"), replies[i].Path);
                Assert.StartsWith(bot[i], replies[i].Activity.Text, StringComparison.Ordinal);
            }
        }

        var all = await messages.RepliesAsync(expected);
        Assert.Equal(expected, all.Count);
        var roleQuestion = all[2].Activity;
        Assert.Equal(["I want to volunteer", "I'm looking for a mentor"], roleQuestion.SuggestedActions?.Actions.Select(a => a.Title));
        var summary = all[^3].Activity.Text;
        Assert.Contains("Your choice: I want to volunteer", summary, StringComparison.Ordinal);
        Assert.Contains("Free: Monday, Tuesday evening", summary, StringComparison.Ordinal);
        Assert.Contains("Languages: English, German", summary, StringComparison.Ordinal);
        Assert.Equal(["Yes", "No"], all[^3].Activity.SuggestedActions?.Actions.Select(a => a.Title));
        await AssertStoredAsync(messages: TryIt.Length, replies: expected);
    }

    [Fact]
    public async Task Messages_RunOneTurn_WhenTheSameMessageIdIsPostedTwice()
    {
        using var first = await messages.PostAsync(messages.Message("m-0", "hello"));
        using var again = await messages.PostAsync(messages.Message("m-0", "hello"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Equal(1, await factory.QueryAsync(db => db.InboundMessages.CountAsync()));
        Assert.Equal(2, await factory.QueryAsync(db => db.Outbox.CountAsync()));

        // The dispatcher sends in the order written, so once the next message's answer is in,
        // anything a second run had written would have arrived before it.
        using var next = await messages.PostAsync(messages.Message("m-1", "Amal"));
        var replies = await messages.RepliesAsync(3);
        Assert.Equal([messages.ReplyPath("m-0"), messages.ReplyPath("m-0"), messages.ReplyPath("m-1")], replies.Select(r => r.Path));
        Assert.StartsWith("Nice to meet you, Amal!", replies[2].Activity.Text, StringComparison.Ordinal);
    }

    private async Task AssertStoredAsync(int messages, int replies)
    {
        var state = await factory.QueryAsync(db => db.ConversationStates.SingleAsync());
        Assert.Equal(("emulator", ConversationId), (state.ChannelId, state.ConversationKey));
        var inbound = await factory.QueryAsync(db => db.InboundMessages.Select(m => m.MessageId).ToListAsync());
        Assert.Equal(Enumerable.Range(0, messages).Select(i => $"m-{i}").Order(), inbound.Order());
        await Eventually.GetAsync(
            () => factory.QueryAsync(db => db.Outbox.Select(o => o.State).ToListAsync()),
            states => states.Count == replies && states.All(s => s == OutboxState.Sent),
            $"{replies} outbox rows marked Sent");
        var audit = await factory.QueryAsync(db => db.AuditEntries.SingleAsync());
        Assert.Equal(("bot", "try-it.completed", "Conversation/emulator"), (audit.Actor, audit.Action, audit.Subject));
    }
}
