using Mentoring.Conversations.Schema;

namespace Mentoring.Core.Tests.Messaging;

internal static class TestActivities
{
    public const string ChannelId = "test";

    public static Activity Message(string id, string text, string conversation = "conv-1") => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = ChannelId,
        ServiceUrl = "urn:test",
        Conversation = new() { Id = conversation },
        From = new() { Id = "user-1" },
        Recipient = new() { Id = "bot-1" },
        Text = text,
    };

    public static string TextOf(string payload) => ActivityJson.Deserialize(payload)!.Text!;
}
