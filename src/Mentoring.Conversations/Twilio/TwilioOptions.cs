namespace Mentoring.Conversations.Twilio;

/// <summary>
/// Settings under <c>Twilio</c>: the account, who the messages come from, and where Twilio's API
/// is. <see cref="PublicBaseUrl"/> is the exception: it is the root setting <c>PublicBaseUrl</c>,
/// because other parts of the service need the public address too.
/// </summary>
public sealed class TwilioOptions
{
    public const string Section = "Twilio";

    /// <summary>The root configuration key <see cref="PublicBaseUrl"/> is read from.</summary>
    public const string PublicBaseUrlKey = "PublicBaseUrl";

    public const string DefaultApiBaseUrl = "https://api.twilio.com";

    /// <summary>The account (<c>AC…</c>): part of every API path, and the user name when no API key is set.</summary>
    public string? AccountSid { get; set; }

    /// <summary>
    /// The account's auth token. Twilio signs its webhooks with it, so without it every webhook is
    /// refused; it authenticates API calls only when no API key is set.
    /// </summary>
    public string? AuthToken { get; set; }

    /// <summary>An API key (<c>SK…</c>) for outbound calls: it can be revoked without changing the auth token.</summary>
    public string? ApiKeySid { get; set; }

    public string? ApiKeySecret { get; set; }

    /// <summary>Where the Messages API is; tests and sandboxes point it at a local server.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>The SMS sender number in E.164, used when there is no <see cref="MessagingServiceSid"/>.</summary>
    public string? SmsFrom { get; set; }

    /// <summary>The WhatsApp sender number, with or without the <c>whatsapp:</c> prefix.</summary>
    public string? WhatsAppFrom { get; set; }

    /// <summary>A Messaging Service (<c>MG…</c>): when set, it picks the sender on both channels.</summary>
    public string? MessagingServiceSid { get; set; }

    /// <summary>
    /// The country (ISO 3166 alpha-2) whose numbers may come without a country code. The host sets
    /// it from <c>Programme:DefaultRegion</c> when <c>Twilio:DefaultRegion</c> is not set.
    /// </summary>
    public string DefaultRegion { get; set; } = "DE";

    /// <summary>The first wait before another try at a busy or failing API; later waits grow, with jitter.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Approved WhatsApp templates by message kind (such as <c>Proposal</c> → <c>HX…</c>), for
    /// messages the service starts outside the 24-hour window. Kept here; the host uses them.
    /// </summary>
    public Dictionary<string, string> Templates { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The public https address of the application's root (with any path prefix a proxy strips),
    /// as Twilio calls it: webhook signatures are checked against it plus the request's path and
    /// query, and status callbacks point at it. Without it the request's own URL is used, which is
    /// right only when nothing on the way rewrites the scheme, host or path (a developer's tunnel
    /// straight to the app); behind a proxy every webhook would then be refused.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>API calls go with the API key when both its parts are set, else with the auth token.</summary>
    public bool UsesApiKey => !string.IsNullOrWhiteSpace(ApiKeySid) && !string.IsNullOrWhiteSpace(ApiKeySecret);

    /// <summary>Enough to send: an account and credentials for it.</summary>
    public bool CanSend => !string.IsNullOrWhiteSpace(AccountSid) && (UsesApiKey || !string.IsNullOrWhiteSpace(AuthToken));

    /// <summary>Enough to take webhooks in: the token Twilio signs them with.</summary>
    public bool CanReceive => !string.IsNullOrWhiteSpace(AuthToken);

    /// <summary>The channel is in use: it can both take messages in and answer them.</summary>
    public bool IsConfigured => CanSend && CanReceive;
}
