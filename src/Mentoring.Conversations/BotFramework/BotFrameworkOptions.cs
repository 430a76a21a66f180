namespace Mentoring.Conversations.BotFramework;

/// <summary>
/// The Azure Bot registration, under the Bot Framework SDK's own setting names (root of the
/// configuration, as the SDK reads them), so an existing deployment configures it unchanged.
/// No <see cref="MicrosoftAppId"/> means no-auth mode: for the Emulator and local use only.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string PublicCloudOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string PublicCloudTokenIssuer = "https://api.botframework.com";
    public const string PublicCloudLoginUrl = "https://login.microsoftonline.com";
    public const string PublicCloudOAuthScope = "https://api.botframework.com/.default";
    public const string EntraOpenIdMetadataUrl = "https://login.microsoftonline.com/botframework.com/v2.0/.well-known/openid-configuration";

    /// <summary>SingleTenant (new bots), MultiTenant (older bots) or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = "SingleTenant";

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    /// <summary>The bot's Entra tenant; required for SingleTenant and UserAssignedMSI.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>Where the Bot Connector's signing keys are published.</summary>
    public string ToBotFromChannelOpenIdMetadataUrl { get; set; } = PublicCloudOpenIdMetadataUrl;

    public string ToBotFromChannelTokenIssuer { get; set; } = PublicCloudTokenIssuer;

    /// <summary>
    /// Where tokens of the Emulator and of other bots (Entra ID) are published; the tenant's
    /// metadata for a single-tenant bot.
    /// </summary>
    public string ToBotFromEmulatorOpenIdMetadataUrl { get; set; } = EntraOpenIdMetadataUrl;

    /// <summary>The authority the bot's own outbound tokens come from (tenant appended).</summary>
    public string ToChannelFromBotLoginUrl { get; set; } = PublicCloudLoginUrl;

    public string ToChannelFromBotOAuthScope { get; set; } = PublicCloudOAuthScope;

    /// <summary>
    /// Accepts no-auth mode outside Development. Without it, a host with no app id refuses to
    /// start anywhere but on a developer's machine: an open /api/messages is a hole.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    public bool IsAuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);
}
