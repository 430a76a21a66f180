using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace Mentoring.Conversations.BotFramework;

/// <summary>
/// The bot's own token for calls to the Bot Connector: client credentials from Entra ID, through
/// MSAL, which caches each token until shortly before it expires. No app id, no token (no-auth mode).
/// </summary>
public sealed class BotTokenProvider
{
    private readonly BotFrameworkOptions options;
    private readonly Lazy<IConfidentialClientApplication?> application;

    public BotTokenProvider(IOptions<BotFrameworkOptions> options, IMsalHttpClientFactory? httpClientFactory = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        application = new Lazy<IConfidentialClientApplication?>(() => Create(this.options, httpClientFactory));
    }

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (application.Value is not { } app)
        {
            return null;
        }

        var result = await app.AcquireTokenForClient([options.ToChannelFromBotOAuthScope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private static IConfidentialClientApplication? Create(BotFrameworkOptions options, IMsalHttpClientFactory? httpClientFactory)
    {
        if (!options.IsAuthenticationEnabled)
        {
            return null;
        }

        // Multi-tenant bots get their tokens from the botframework.com tenant; single-tenant bots
        // from their own.
        var tenant = string.Equals(options.MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase)
            ? "botframework.com"
            : options.MicrosoftAppTenantId ?? throw new InvalidOperationException("MicrosoftAppTenantId is required for a SingleTenant bot.");
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword ?? throw new InvalidOperationException("MicrosoftAppPassword is required with MicrosoftAppId."))
            .WithAuthority($"{options.ToChannelFromBotLoginUrl.TrimEnd('/')}/{tenant}", validateAuthority: false)
            .WithInstanceDiscovery(false);
        if (httpClientFactory is not null)
        {
            builder = builder.WithHttpClientFactory(httpClientFactory);
        }

        return builder.Build();
    }
}
