using Mentoring.Conversations.BotFramework;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Conversations.Tests.BotFramework;

/// <summary>
/// The authenticator against real metadata servers on loopback: one for the Bot Connector, one for
/// Entra ID. The behaviours are split by token kind over the partial files beside this one.
/// </summary>
public sealed partial class ChannelAuthenticatorTests : IAsyncLifetime
{
    private const string EntraMetadataIssuer = "https://login.microsoftonline.com/{tenantid}/v2.0";

    private readonly FakeTimeProvider time = new(TestTokens.Now);
    private readonly ServiceProvider services = new ServiceCollection().AddHttpClient().BuildServiceProvider();
    private FakeOpenIdServer channel = null!;
    private FakeOpenIdServer entra = null!;

    public async ValueTask InitializeAsync()
    {
        channel = await FakeOpenIdServer.StartAsync(TestTokens.ChannelIssuer, TestSigningKey.Endorsed, TestSigningKey.WebChatOnly);
        entra = await FakeOpenIdServer.StartAsync(EntraMetadataIssuer, TestSigningKey.Endorsed);
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await entra.DisposeAsync();
        await services.DisposeAsync();
    }

    private ChannelAuthenticator Authenticator(string? appId = TestTokens.AppId, string appType = "SingleTenant") => new(
        Options.Create(new BotFrameworkOptions
        {
            MicrosoftAppType = appType,
            MicrosoftAppId = appId,
            MicrosoftAppTenantId = TestTokens.TenantId,
            ToBotFromChannelOpenIdMetadataUrl = channel.MetadataUrl,
            ToBotFromEmulatorOpenIdMetadataUrl = entra.MetadataUrl,
        }),
        services.GetRequiredService<IHttpClientFactory>(),
        time);

    private static Task<AuthenticationOutcome> AuthenticateAsync(
        ChannelAuthenticator authenticator, string? header, string channelId = "msteams", string serviceUrl = TestTokens.ServiceUrl) =>
        authenticator.AuthenticateAsync(header, channelId, serviceUrl, TestContext.Current.CancellationToken);

    private static void AssertFailed(AuthenticationOutcome outcome, string reason)
    {
        Assert.False(outcome.Succeeded);
        Assert.Null(outcome.Identity);
        Assert.Contains(reason, outcome.Failure, StringComparison.Ordinal);
    }
}
