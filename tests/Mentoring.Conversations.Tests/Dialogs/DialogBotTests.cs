using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Tests.Dialogs;

public sealed class DialogBotTests
{
    [Fact]
    public async Task OnTurnAsync_WelcomesWithTheStartFlow_WhenAPersonJoins()
    {
        var conversation = new Conversation(TestDialogs.Catalog, "webchat");

        var replies = await conversation.JoinAsync();

        Assert.Equal(["hello", "name?"], replies.Select(reply => reply.Text));
        Assert.Equal(["role, Amal?"], await conversation.SayAsync("Amal"));
    }

    [Fact]
    public async Task OnTurnAsync_WelcomesOnce()
    {
        var conversation = new Conversation(TestDialogs.Catalog, "webchat");
        await conversation.JoinAsync();

        Assert.Empty(await conversation.JoinAsync());
    }

    [Fact]
    public async Task OnTurnAsync_WelcomesNobody_WhenOnlyTheBotJoins()
    {
        var conversation = new Conversation(TestDialogs.Catalog, "webchat");

        var replies = await conversation.TurnAsync(new Activity { Type = ActivityTypes.ConversationUpdate, MembersAdded = [new ChannelAccount { Id = "bot" }] });

        Assert.Empty(replies);
        Assert.Equal(["hello", "name?"], await conversation.SayAsync("hi"));
    }

    [Theory]
    [InlineData(ActivityTypes.Typing)]
    [InlineData(ActivityTypes.Event)]
    [InlineData(ActivityTypes.EndOfConversation)]
    public async Task OnTurnAsync_IgnoresOtherActivities(string type)
    {
        var conversation = new Conversation(TestDialogs.Catalog);

        Assert.Empty(await conversation.TurnAsync(new Activity { Type = type }));
        Assert.Equal("{}", conversation.StateJson);
    }
}
