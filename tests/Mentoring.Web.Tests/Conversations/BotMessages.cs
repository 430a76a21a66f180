using System.Net.Http.Json;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Tests.Hosting;

namespace Mentoring.Web.Tests.Conversations;

/// <summary>Activities as a channel posts them to <c>/api/messages</c>, and the replies a fake connector got for them.</summary>
public sealed class BotMessages(HttpClient client, FakeConnector connector, string channelId, string conversationId)
{
    public Activity Message(string id, string text) => new()
    {
        Type = ActivityTypes.Message,
        Id = id,
        ChannelId = channelId,
        ServiceUrl = connector.ServiceUrl.ToString(),
        From = new() { Id = "user-1", Name = "Amal" },
        Recipient = new() { Id = "bot-1" },
        Conversation = new() { Id = conversationId },
        Locale = "en-US",
        Text = text,
    };

    public async Task<HttpResponseMessage> PostAsync(Activity activity, string? bearer = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = JsonContent.Create(activity, options: ActivityJson.Options),
        };
        if (bearer is not null)
        {
            request.Headers.Authorization = new("Bearer", bearer);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>Everything the connector has got, once it has at least <paramref name="count"/> replies.</summary>
    public async Task<List<(string Path, string? Authorization, Activity Activity)>> RepliesAsync(int count) =>
        [.. await Eventually.GetAsync(() => connector.Received.ToArray(), r => r.Length >= count, $"{count} replies at the connector")];

    public string ReplyPath(string replyToId) => $"/v3/conversations/{conversationId}/activities/{replyToId}";
}
