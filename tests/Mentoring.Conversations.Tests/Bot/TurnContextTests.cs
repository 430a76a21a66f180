using System.Text.Json.Nodes;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Conversations.Tests.Bot;

public sealed class TurnContextTests
{
    [Fact]
    public void Send_SplitsATextLongerThanAnSms_IntoRepliesInOrder_WithButtonsAndAttachmentsOnTheLast()
    {
        var turn = Turn("sms");
        var first = new string('a', 1000);
        var second = new string('b', 1000);
        var attachment = new Attachment { ContentType = "image/png", ContentUrl = "https://example.org/map.png" };

        turn.Send(new Activity
        {
            Text = first + "\n\n" + second,
            SuggestedActions = new SuggestedActions { Actions = [new CardAction { Title = "Ja" }] },
            Attachments = [attachment],
        });

        Assert.Equal([first, second], turn.Replies.Select(r => r.Text));
        Assert.Equal((null, null), (turn.Replies[0].SuggestedActions, turn.Replies[0].Attachments));
        Assert.Equal("Ja", Assert.Single(turn.Replies[1].SuggestedActions!.Actions).Title);
        Assert.Same(attachment, Assert.Single(turn.Replies[1].Attachments!));
        Assert.All(turn.Replies, r => Assert.Equal(("sms", "+4915112345678", "SM-1", ActivityTypes.Message), (r.ChannelId, r.Conversation?.Id, r.ReplyToId, r.Type)));
    }

    [Fact]
    public void Send_KeepsALongText_WhenTheChannelHasNoLimit()
    {
        var turn = Turn("webchat");

        turn.Send(new Activity { Text = new string('a', 5000) });

        Assert.Equal(5000, Assert.Single(turn.Replies).Text!.Length);
    }

    [Fact]
    public void Send_KeepsATextOfExactlyTheLimit_InOneReply()
    {
        var turn = Turn("sms");

        turn.Send(new Activity { Text = new string('a', 1600) });

        Assert.Single(turn.Replies);
    }

    private static TurnContext Turn(string channelId) => new(
        new Activity
        {
            Type = ActivityTypes.Message,
            Id = "SM-1",
            ChannelId = channelId,
            ServiceUrl = "urn:test",
            From = new ChannelAccount { Id = "+4915112345678" },
            Recipient = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = "+4915112345678" },
        },
        [],
        new ServiceCollection().BuildServiceProvider());
}
