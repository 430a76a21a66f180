using System.Net;
using System.Text.Json;

namespace Mentoring.Conversations.Tests.DirectLine;

public sealed partial class DirectLineEndpointsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("""{"type":"message","text":""")]
    [InlineData("""[{"type":"message","text":"hi"}]""")]
    [InlineData("null")]
    [InlineData("""{"text":"no type","from":{"id":"u"}}""")]
    [InlineData("""{"type":" ","text":"blank type","from":{"id":"u"}}""")]
    [InlineData("""{"type":"message","text":7}""")]
    public async Task PostActivity_Answers400AndChangesNothing_WhenTheBodyIsNotAnActivity(string body)
    {
        var (conversationId, token) = await OpenAsync();
        var (appended, turns) = (host.Transcript.Count, host.Bot.Turns);

        using var response = await Client.SendAsync(HttpMethod.Post, DirectLineClient.ActivitiesPath(conversationId), token, body);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Equal((appended, turns), (host.Transcript.Count, host.Bot.Turns));
    }

    [Fact]
    public async Task PostActivity_Answers413AndChangesNothing_WhenTheBodyIsOver256KiB()
    {
        var (conversationId, token) = await OpenAsync();
        var (appended, turns) = (host.Transcript.Count, host.Bot.Turns);
        var body = JsonSerializer.Serialize(Message(new string('x', 256 * 1024)));

        using var response = await Client.SendAsync(HttpMethod.Post, DirectLineClient.ActivitiesPath(conversationId), token, body);

        await AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "MessageSizeTooBig");
        Assert.Equal((appended, turns), (host.Transcript.Count, host.Bot.Turns));
    }

    [Fact]
    public async Task PostActivity_Answers400AndChangesNothing_WhenNeitherTokenNorActivityNamesTheUser()
    {
        var (conversationId, token) = await Client.StartConversationAsync(DirectLineHost.Secret);

        using var response = await Client.SendAsync(HttpMethod.Post, DirectLineClient.ActivitiesPath(conversationId), token, """{"type":"message","text":"hi"}""");

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "BadArgument");
        Assert.Equal((0, 0), (host.Transcript.Count, host.Bot.Turns));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-1")]
    [InlineData("1.5")]
    public async Task GetActivities_Answers400_WhenTheWatermarkIsNotOneTheServiceGave(string watermark)
    {
        var (conversationId, token) = await OpenAsync();

        using var response = await Client.SendAsync(HttpMethod.Get, DirectLineClient.ActivitiesPath(conversationId, watermark), token);

        await AssertProblemAsync(response, HttpStatusCode.BadRequest, "BadArgument");
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("GET")]
    public async Task Activities_Answer404_WhenTheSecretNamesAnUnknownConversation(string method)
    {
        using var response = await Client.SendAsync(new HttpMethod(method), DirectLineClient.ActivitiesPath("no-such-conversation"), DirectLineHost.Secret, method == "POST" ? """{"type":"message","text":"hi","from":{"id":"u"}}""" : null);

        await AssertProblemAsync(response, HttpStatusCode.NotFound, "BadArgument");
        Assert.Equal((0, 0), (host.Transcript.Count, host.Bot.Turns));
    }
}
