using System.Net;
using System.Text.Json;
using Mentoring.Conversations.DirectLine;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Tests.DirectLine;

public sealed partial class DirectLineEndpointsTests
{
    [Fact]
    public async Task StartConversation_Answers201AndWelcomesTheTokensUser_WhenTheTokenCameFromGenerate()
    {
        var token = await Client.GenerateTokenAsync();

        using var response = await Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var conversationId = body.RootElement.GetProperty("conversationId").GetString()!;
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("token").GetString()));
        Assert.Equal((int)host.Tokens.Lifetime.TotalSeconds, body.RootElement.GetProperty("expires_in").GetInt32());
        var welcome = Assert.Single((await Client.GetActivitiesAsync(conversationId, token)).Activities);
        Assert.StartsWith("welcome", welcome.Text, StringComparison.Ordinal);
        Assert.Equal((DirectLineChannel.Bot.Id, UserOf(token)), (welcome.From?.Id, welcome.Recipient?.Id));
        Assert.Equal(1, host.Bot.Turns);
    }

    [Fact]
    public async Task PostActivity_StreamsTheEchoWithItsIdAndClientActivityId_ThenTheReplyToIt()
    {
        var (conversationId, token) = await OpenAsync();

        var id = await Client.PostActivityAsync(conversationId, token, Message("hello", clientActivityId: "abc"));
        using var response = await Client.SendAsync(HttpMethod.Get, DirectLineClient.ActivitiesPath(conversationId, string.Empty), token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.String, body.RootElement.GetProperty("watermark").ValueKind);
        var activities = body.RootElement.GetProperty("activities").Deserialize<List<Activity>>(ActivityJson.Options)!;
        Assert.Equal(3, activities.Count);
        var (echo, reply) = (activities[1], activities[2]);
        Assert.Equal((id, ActivityTypes.Message, "hello"), (echo.Id, echo.Type, echo.Text));
        Assert.Equal("abc", echo.ChannelData?.GetProperty("clientActivityID").GetString());
        Assert.Equal(("echo: hello", id, DirectLineChannel.Bot.Id), (reply.Text, reply.ReplyToId, reply.From?.Id));
        Assert.NotEqual(id, reply.Id);
    }

    [Fact]
    public async Task GetActivities_ReturnsNothingAndTheSameWatermark_WhenNothingCameSince()
    {
        var (conversationId, token) = await OpenAsync();
        await Client.PostActivityAsync(conversationId, token, Message("hello"));
        var (_, watermark) = await Client.GetActivitiesAsync(conversationId, token);

        var (activities, again) = await Client.GetActivitiesAsync(conversationId, token, watermark);

        Assert.Empty(activities);
        Assert.Equal(watermark, again);
    }

    [Fact]
    public async Task GetActivities_ReturnsOnlyTheNewMessageAndItsReply_WhenPolledFromTheLastWatermark()
    {
        var (conversationId, token) = await OpenAsync();
        await Client.PostActivityAsync(conversationId, token, Message("first", "c-1"));
        var (_, watermark) = await Client.GetActivitiesAsync(conversationId, token);

        var id = await Client.PostActivityAsync(conversationId, token, Message("second", "c-2"));
        var (activities, next) = await Client.GetActivitiesAsync(conversationId, token, watermark);

        Assert.Equal(2, activities.Count);
        Assert.Equal((id, "second"), (activities[0].Id, activities[0].Text));
        Assert.Equal(("echo: second", id), (activities[1].Text, activities[1].ReplyToId));
        Assert.NotEqual(watermark, next);
    }
}
