using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Tests.Hosting;

/// <summary><c>/api/messages</c> in no-auth mode (the Emulator's), over real HTTP, replies at a fake connector.</summary>
public sealed class BotFrameworkEndpointTests : IAsyncLifetime
{
    private readonly EchoBot bot = new();
    private FakeConnector connector = null!;
    private LoopbackHost host = null!;
    private HttpClient client = null!;

    public async ValueTask InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        host = await BotHost.StartAsync(bot);
        client = new HttpClient { BaseAddress = host.Address };
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
        await connector.DisposeAsync();
    }

    [Fact]
    public async Task Message_IsAnsweredAtTheServiceUrl_AsAReplyToIt()
    {
        using var response = await PostAsync(Message("hello"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var (path, authorization, reply) = Assert.Single(connector.Received);
        Assert.Equal("/v3/conversations/conv%2F1/activities/act-1", path);
        Assert.Equal(string.Empty, authorization);
        Assert.Equal(("echo: hello", "bot-1", "user-1", "conv/1", "act-1", "de-DE"), (reply.Text, reply.From?.Id, reply.Recipient?.Id, reply.Conversation?.Id, reply.ReplyToId, reply.Locale));
    }

    [Fact]
    public async Task ConversationUpdate_WelcomesOnlyMembersOtherThanTheBot()
    {
        var update = Message(null);
        update.Type = ActivityTypes.ConversationUpdate;
        update.MembersAdded = [new() { Id = "bot-1", Name = "Bot" }, new() { Id = "user-1", Name = "Amal" }];

        using var response = await PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("welcome Amal", Assert.Single(connector.Received).Activity.Text);
    }

    [Fact]
    public async Task SameActivityTwice_RunsOneTurn_AndSendsOneReply()
    {
        using var first = await PostAsync(Message("hello"));
        using var retry = await PostAsync(Message("hello"));

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, retry.StatusCode));
        Assert.Equal(1, bot.Turns);
        Assert.Single(connector.Received);
    }

    [Fact]
    public async Task ExpectReplies_ReturnsTheRepliesInTheBody_AndSendsNothing()
    {
        var message = Message("hi");
        message.DeliveryMode = "expectReplies";

        using var response = await PostAsync(message);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("echo: hi", body.RootElement.GetProperty("activities")[0].GetProperty("text").GetString());
        Assert.Empty(connector.Received);
    }

    [Fact]
    public async Task Invoke_AnswersWithTheBotsStatusAndBody()
    {
        var invoke = Message(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "ping";

        using var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"pong":true}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_Answers501_WhenTheBotGivesNoAnswer()
    {
        var invoke = Message(null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "unknown/action";

        using var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityType_IsAcceptedAndIgnored()
    {
        var activity = Message("x");
        activity.Type = "somethingNew";

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, bot.Turns);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{not json")]
    [InlineData("""{"text":"no type"}""")]
    [InlineData("""{"type":"message","text":"no conversation","serviceUrl":"http://127.0.0.1:1","channelId":"emulator"}""")]
    [InlineData("[1,2,3]")]
    public async Task BadBody_Answers400WithProblemDetails_AndRunsNoTurn(string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task OversizedBody_Answers413_AndRunsNoTurn()
    {
        var activity = Message(new string('x', 300 * 1024));

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, bot.Turns);
    }

    [Fact]
    public async Task UnknownFields_SurviveTheRoundTrip()
    {
        const string json = """{"type":"message","id":"1","text":"hi","futureField":{"a":[1,2]},"from":{"id":"u","tenantHint":"x"}}""";

        var activity = ActivityJson.Deserialize(json)!;
        using var again = JsonDocument.Parse(ActivityJson.Serialize(activity));

        Assert.Equal(2, again.RootElement.GetProperty("futureField").GetProperty("a")[1].GetInt32());
        Assert.Equal("x", again.RootElement.GetProperty("from").GetProperty("tenantHint").GetString());
    }

    private Activity Message(string? text) => new()
    {
        Type = ActivityTypes.Message,
        Id = "act-1",
        ChannelId = "emulator",
        ServiceUrl = connector.ServiceUrl.ToString(),
        From = new() { Id = "user-1", Name = "Amal", Role = "user" },
        Recipient = new() { Id = "bot-1", Name = "Bot", Role = "bot" },
        Conversation = new() { Id = "conv/1" },
        Locale = "de-DE",
        Text = text,
    };

    private Task<HttpResponseMessage> PostAsync(Activity activity) =>
        client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), activity, ActivityJson.Options);
}
