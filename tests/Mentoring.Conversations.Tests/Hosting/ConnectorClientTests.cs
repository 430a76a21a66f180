using Mentoring.Conversations.BotFramework;
using Mentoring.Conversations.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mentoring.Conversations.Tests.Hosting;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private FakeConnector connector = null!;
    private FakeTokenService tokens = null!;

    public async ValueTask InitializeAsync()
    {
        connector = await FakeConnector.StartAsync();
        tokens = await FakeTokenService.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await connector.DisposeAsync();
        await tokens.DisposeAsync();
    }

    [Fact]
    public async Task Send_CarriesTheBotsToken_AndAsksEntraOnlyOnce()
    {
        using var services = Services(("MicrosoftAppType", "SingleTenant"), ("MicrosoftAppId", "app-1"), ("MicrosoftAppPassword", "secret"), ("MicrosoftAppTenantId", "tenant-1"));
        var client = services.GetRequiredService<ConnectorClient>();

        var id = await client.SendAsync(Proactive("one"), "delivery-1", CancellationToken.None);
        await client.SendAsync(Proactive("two"), "delivery-1", CancellationToken.None);

        Assert.Equal("reply-1", id);
        Assert.All(connector.Received, r => Assert.Equal("Bearer token-1", r.Authorization));
        Assert.Equal(1, tokens.Issued);
        Assert.Equal("tenant-1 client_credentials app-1 https://api.botframework.com/.default", Assert.Single(tokens.Forms));
    }

    [Fact]
    public async Task Send_AsksTheBotFrameworkTenant_ForAMultiTenantBot()
    {
        using var services = Services(("MicrosoftAppType", "MultiTenant"), ("MicrosoftAppId", "app-2"), ("MicrosoftAppPassword", "secret"));

        await services.GetRequiredService<ConnectorClient>().SendAsync(Proactive("x"), "delivery-1", CancellationToken.None);

        Assert.StartsWith("botframework.com ", Assert.Single(tokens.Forms), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_PostsToTheConversation_WhenItIsNoReply()
    {
        using var services = Services();

        await services.GetRequiredService<ConnectorClient>().SendAsync(Proactive("check-in"), "delivery-1", CancellationToken.None);

        var (path, authorization, activity) = Assert.Single(connector.Received);
        Assert.Equal(("/v3/conversations/c-9/activities", string.Empty, "check-in"), (path, authorization, activity.Text));
    }

    [Fact]
    public async Task Send_Retries_WhenTheConnectorIsBusyOrFailing()
    {
        using var services = Services();
        connector.AnswerWith(503, 429);

        await services.GetRequiredService<ConnectorClient>().SendAsync(Proactive("again"), "delivery-1", CancellationToken.None);

        Assert.Equal(3, connector.Calls);
        Assert.Equal("again", Assert.Single(connector.Received).Activity.Text);
    }

    [Fact]
    public async Task Send_DoesNotRetry_WhenTheConnectorRefusesTheActivity()
    {
        using var services = Services();
        connector.AnswerWith(400);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => services.GetRequiredService<ConnectorClient>().SendAsync(Proactive("bad"), "delivery-1", CancellationToken.None));

        Assert.Equal((400, 1), (error.Status, connector.Calls));
    }

    private ServiceProvider Services(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))
                .Append(new("ToChannelFromBotLoginUrl", "https://login.test")))
            .Build();
        var services = new ServiceCollection().AddLogging().AddBotFramework(configuration);
        services.AddSingleton(sp => new BotTokenProvider(sp.GetRequiredService<IOptions<BotFrameworkOptions>>(), tokens.HttpClientFactory));
        return services.BuildServiceProvider();
    }

    private Activity Proactive(string text) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = connector.ServiceUrl.ToString(),
        Conversation = new() { Id = "c-9" },
        Text = text,
    };
}
