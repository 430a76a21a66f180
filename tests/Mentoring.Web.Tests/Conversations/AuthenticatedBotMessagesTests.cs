using System.Net;
using Mentoring.Conversations.BotFramework;
using Mentoring.Conversations.Tests.BotFramework;
using Mentoring.Conversations.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mentoring.Web.Tests.Conversations;

/// <summary>
/// <c>/api/messages</c> with an app id, the whole host: the channel's keys and Entra ID's token
/// endpoint on loopback. A signed request gets its reply with the bot's token; anything else gets a
/// 401 and leaves nothing in the database.
/// </summary>
public sealed class AuthenticatedBotMessagesTests : IAsyncLifetime
{
    private FakeOpenIdServer channel = null!;
    private FakeConnector connector = null!;
    private FakeTokenService tokens = null!;
    private MentoringWebFactory factory = null!;
    private HttpClient client = null!;
    private BotMessages messages = null!;

    public async ValueTask InitializeAsync()
    {
        channel = await FakeOpenIdServer.StartAsync(TestTokens.ChannelIssuer, TestSigningKey.Endorsed);
        connector = await FakeConnector.StartAsync();
        tokens = await FakeTokenService.StartAsync();
        factory = new MentoringWebFactory()
            .With("BotFramework:AllowUnauthenticated", "false")
            .With("MicrosoftAppId", TestTokens.AppId)
            .With("MicrosoftAppType", "MultiTenant")
            .With("MicrosoftAppPassword", "secret")
            .With("ToBotFromChannelOpenIdMetadataUrl", channel.MetadataUrl)
            .With("ToChannelFromBotLoginUrl", "https://login.test")
            .WithServices(services => services.AddSingleton(sp => new BotTokenProvider(sp.GetRequiredService<IOptions<BotFrameworkOptions>>(), tokens.HttpClientFactory)));
        client = factory.CreateClient();
        messages = new BotMessages(client, connector, "webchat", "webchat-conversation-1");
    }

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
        await tokens.DisposeAsync();
        await connector.DisposeAsync();
        await channel.DisposeAsync();
    }

    [Fact]
    public async Task Message_IsAnsweredWithTheBotsToken_WhenTheChannelTokenIsValid()
    {
        using var response = await messages.PostAsync(messages.Message("m-0", "hello"), Token(TestSigningKey.Endorsed, TestTokens.AppId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await messages.RepliesAsync(2);
        Assert.All(replies, r => Assert.Equal(("Bearer token-1", messages.ReplyPath("m-0")), (r.Authorization, r.Path)));
        Assert.Equal("Which language do you want to use?", replies[1].Activity.Text);
    }

    [Theory]
    [InlineData("no-token")]
    [InlineData("wrong-audience")]
    [InlineData("unpublished-key")]
    public async Task Message_Answers401AndStoresNothing_WhenTheTokenIsMissingOrInvalid(string flaw)
    {
        var token = flaw switch
        {
            "wrong-audience" => Token(TestSigningKey.Endorsed, "another-bot"),
            "unpublished-key" => Token(TestSigningKey.Unpublished, TestTokens.AppId),
            _ => null,
        };

        using var response = await messages.PostAsync(messages.Message("m-0", "hello"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await factory.QueryAsync(db => db.ConversationStates.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.InboundMessages.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Outbox.CountAsync()));
        Assert.Empty(connector.Received);
    }

    // The host reads the wall clock (TimeProvider.System), so the token is valid now, not at TestTokens.Now.
    private string Token(TestSigningKey key, string audience) => TestTokens.Channel(key, d =>
    {
        var now = DateTime.UtcNow;
        (d.Audience, d.IssuedAt, d.NotBefore, d.Expires) = (audience, now.AddMinutes(-1), now.AddMinutes(-1), now.AddHours(1));
        d.Claims["serviceurl"] = connector.ServiceUrl.ToString();
    });
}
