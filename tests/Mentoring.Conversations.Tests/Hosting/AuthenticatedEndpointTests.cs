using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Mentoring.Conversations.BotFramework;
using Mentoring.Conversations.Schema;
using Mentoring.Conversations.Tests.BotFramework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Conversations.Tests.Hosting;

/// <summary>
/// <c>/api/messages</c> with an app id: the Bot Connector's signing keys served from loopback, a
/// token signed with them, and the reply reaching the fake connector, or a 401 and no turn at all.
/// </summary>
public sealed class AuthenticatedEndpointTests : IAsyncLifetime
{
    private readonly EchoBot bot = new();
    private FakeOpenIdServer channel = null!;
    private FakeConnector connector = null!;
    private FakeTokenService tokens = null!;
    private LoopbackHost host = null!;
    private HttpClient client = null!;

    public async ValueTask InitializeAsync()
    {
        channel = await FakeOpenIdServer.StartAsync(TestTokens.ChannelIssuer, TestSigningKey.Endorsed);
        connector = await FakeConnector.StartAsync();
        tokens = await FakeTokenService.StartAsync();
        host = await BotHost.StartAsync(
            bot,
            new FakeTimeProvider(TestTokens.Now),
            services => services.AddSingleton(sp => new BotTokenProvider(sp.GetRequiredService<IOptions<BotFrameworkOptions>>(), tokens.HttpClientFactory)),
            ("MicrosoftAppId", TestTokens.AppId),
            ("MicrosoftAppType", "MultiTenant"),
            ("MicrosoftAppPassword", "secret"),
            ("ToBotFromChannelOpenIdMetadataUrl", channel.MetadataUrl),
            ("ToChannelFromBotLoginUrl", "https://login.test"));
        client = new HttpClient { BaseAddress = host.Address };
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await host.DisposeAsync();
        await tokens.DisposeAsync();
        await connector.DisposeAsync();
        await channel.DisposeAsync();
    }

    [Fact]
    public async Task ValidChannelToken_RunsTheTurn()
    {
        var token = TestTokens.Channel(TestSigningKey.Endorsed, d => d.Claims["serviceurl"] = connector.ServiceUrl.ToString());

        using var response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, bot.Turns);
        var (_, authorization, reply) = Assert.Single(connector.Received);
        Assert.Equal(("Bearer token-1", "echo: hi"), (authorization, reply.Text));
    }

    [Theory]
    [InlineData("wrong-audience")]
    [InlineData("other-service-url")]
    [InlineData("no-token")]
    public async Task BadToken_Answers401_AndRunsNoTurn(string flaw)
    {
        var token = flaw switch
        {
            "wrong-audience" => TestTokens.Channel(TestSigningKey.Endorsed, d => (d.Audience, d.Claims["serviceurl"]) = ("another-bot", connector.ServiceUrl.ToString())),
            "other-service-url" => TestTokens.Channel(TestSigningKey.Endorsed),
            _ => null,
        };

        using var response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, bot.Turns);
        Assert.Empty(connector.Received);
    }

    private async Task<HttpResponseMessage> PostAsync(string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = JsonContent.Create(
                new Activity
                {
                    Type = ActivityTypes.Message,
                    Id = "a-1",
                    ChannelId = "msteams",
                    ServiceUrl = connector.ServiceUrl.ToString(),
                    From = new() { Id = "user-1" },
                    Recipient = new() { Id = "bot-1" },
                    Conversation = new() { Id = "c-1" },
                    Text = "hi",
                },
                options: ActivityJson.Options),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }
}
