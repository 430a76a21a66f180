using Mentoring.Conversations.DirectLine;

namespace Mentoring.Conversations.Tests.DirectLine;

public sealed partial class DirectLineEndpointsTests
{
    [Fact]
    public async Task PostActivity_AddressesTheActivityItself_WhenTheClientSendsOtherAddresses()
    {
        var (conversationId, token) = await OpenAsync();
        var forged = new
        {
            type = "message",
            id = "client-chosen-id",
            text = "hello",
            channelId = "webchat",
            serviceUrl = "https://attacker.example",
            conversation = new { id = "someone-elses-conversation" },
            recipient = new { id = "another-bot", role = "bot" },
            from = new { id = "someone-else", name = "Amal", role = "bot" },
        };

        var id = await Client.PostActivityAsync(conversationId, token, forged);
        var (activities, _) = await Client.GetActivitiesAsync(conversationId, token);

        var echo = Assert.Single(activities, a => a.Id == id);
        Assert.Equal(DirectLineChannel.ChannelId, echo.ChannelId);
        Assert.Equal(DirectLineChannel.ServiceUrl, echo.ServiceUrl);
        Assert.Equal(conversationId, echo.Conversation?.Id);
        Assert.Equal(DirectLineChannel.Bot.Id, echo.Recipient?.Id);
        Assert.Equal((UserOf(token), "Amal", "user"), (echo.From?.Id, echo.From?.Name, echo.From?.Role));
        var reply = Assert.Single(activities, a => a.ReplyToId == id);
        Assert.Equal((conversationId, UserOf(token)), (reply.Conversation?.Id, reply.Recipient?.Id));
    }

    [Fact]
    public async Task PostActivity_KeepsTheClientsFromId_WhenTheTokenNamesNoUser()
    {
        var (conversationId, token) = await Client.StartConversationAsync(DirectLineHost.Secret);

        var id = await Client.PostActivityAsync(conversationId, token, Message("hello", fromId: "web-user"));
        var (activities, _) = await Client.GetActivitiesAsync(conversationId, token);

        Assert.Equal("web-user", Assert.Single(activities, a => a.Id == id).From?.Id);
        Assert.Equal("web-user", Assert.Single(activities, a => a.ReplyToId == id).Recipient?.Id);
    }
}
