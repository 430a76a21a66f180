using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.Conversations.BotFramework;

/// <summary>
/// Checks the <c>Authorization</c> header of an inbound activity as the Bot Framework requires.
/// A token issued by <see cref="BotFrameworkOptions.ToBotFromChannelTokenIssuer"/> comes from the Bot
/// Connector: its key must be endorsed for the activity's channel and its <c>serviceurl</c> must be
/// the activity's. Any other token must come from Entra ID (the Emulator, another bot). Both need
/// RS256, this bot as audience, and a lifetime that holds within five minutes of our clock.
/// </summary>
public sealed class ChannelAuthenticator
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>The skew the Bot Framework allows between the token service's clock and ours.</summary>
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    private static readonly JsonWebTokenHandler Handler = new();

    private readonly BotFrameworkOptions options;
    private readonly TimeProvider time;
    private readonly SigningKeySource channelKeys;
    private readonly SigningKeySource entraKeys;

    public ChannelAuthenticator(IOptions<BotFrameworkOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClientFactory);
        ArgumentNullException.ThrowIfNull(time);
        this.options = options.Value;
        this.time = time;
        var documents = new MetadataDocumentRetriever(httpClientFactory);
        channelKeys = new SigningKeySource(this.options.ToBotFromChannelOpenIdMetadataUrl, documents, time);
        entraKeys = new SigningKeySource(this.options.ToBotFromEmulatorOpenIdMetadataUrl, documents, time);
    }

    private bool IsMultiTenant => string.Equals(options.MicrosoftAppType, "MultiTenant", StringComparison.OrdinalIgnoreCase);

    public async Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, string channelId, string serviceUrl, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            // No-auth mode is for the Emulator and local use; the host refuses it elsewhere unless told.
            return options.IsAuthenticationEnabled ? AuthenticationOutcome.Failed("no Authorization header") : AuthenticationOutcome.Anonymous;
        }

        if (ReadBearerToken(authorizationHeader) is not { } token)
        {
            return AuthenticationOutcome.Failed("the Authorization header is not a Bearer JWT");
        }

        // Checked before any key lookup, so an unsigned token cannot even trigger a key refresh.
        if (token.Alg != SecurityAlgorithms.RsaSha256)
        {
            return AuthenticationOutcome.Failed("the token is not signed with RS256");
        }

        return token.Issuer == options.ToBotFromChannelTokenIssuer
            ? await AuthenticateChannelTokenAsync(token, channelId, serviceUrl, cancellationToken)
            : await AuthenticateEntraTokenAsync(token, cancellationToken);
    }

    private async Task<AuthenticationOutcome> AuthenticateChannelTokenAsync(JsonWebToken token, string channelId, string serviceUrl, CancellationToken cancellationToken)
    {
        var (validated, failure) = await ValidateAsync(token, channelKeys, _ => [options.ToBotFromChannelTokenIssuer], cancellationToken);
        if (validated is null)
        {
            return AuthenticationOutcome.Failed(failure!);
        }

        if (!token.TryGetPayloadValue<string>("serviceurl", out var claimed) || !SameServiceUrl(claimed, serviceUrl))
        {
            return AuthenticationOutcome.Failed("the token's serviceurl is not the activity's");
        }

        if (!KeyEndorsements.Allow(validated.Configuration, token.SigningKey?.KeyId, channelId))
        {
            return AuthenticationOutcome.Failed("the signing key is not endorsed for the activity's channel");
        }

        return AuthenticationOutcome.Authenticated(validated.Identity, token.Audiences.FirstOrDefault());
    }

    private async Task<AuthenticationOutcome> AuthenticateEntraTokenAsync(JsonWebToken token, CancellationToken cancellationToken)
    {
        var tenant = IsMultiTenant
            ? (token.TryGetPayloadValue<string>("tid", out var tid) ? tid : null)
            : options.MicrosoftAppTenantId;
        var (validated, failure) = await ValidateAsync(token, entraKeys, c => EntraIssuer.AcceptedFor(tenant, c.Issuer), cancellationToken);
        if (validated is null)
        {
            return AuthenticationOutcome.Failed(failure!);
        }

        // v1 tokens name the calling app in appid, v2 tokens in azp.
        var appId = token.TryGetPayloadValue<string>("appid", out var v1) ? v1
            : token.TryGetPayloadValue<string>("azp", out var v2) ? v2
            : null;
        return string.IsNullOrEmpty(appId)
            ? AuthenticationOutcome.Failed("the token names no calling app (appid or azp)")
            : AuthenticationOutcome.Authenticated(validated.Identity, appId);
    }

    private async Task<(Validated? Validated, string? Failure)> ValidateAsync(
        JsonWebToken token, SigningKeySource keys, Func<OpenIdConnectConfiguration, IEnumerable<string>> validIssuers, CancellationToken cancellationToken)
    {
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await keys.GetAsync(cancellationToken);
            if (!string.IsNullOrEmpty(token.Kid) && !configuration.SigningKeys.Any(k => k.KeyId == token.Kid))
            {
                configuration = await keys.RefreshAsync(cancellationToken);
            }
        }
        catch (InvalidOperationException)
        {
            return (null, "the signing keys could not be fetched");
        }

        var result = await Handler.ValidateTokenAsync(token, Parameters(configuration, validIssuers(configuration)));
        return result.IsValid ? (new Validated(result.ClaimsIdentity, configuration), null) : (null, Describe(result.Exception));
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration configuration, IEnumerable<string> validIssuers) => new()
    {
        ValidIssuers = validIssuers,
        // With no app id there is no audience to require; a token that is present is still checked.
        ValidateAudience = options.IsAuthenticationEnabled,
        ValidAudience = options.MicrosoftAppId,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        RequireSignedTokens = true,
        RequireExpirationTime = true,
        ValidateLifetime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = ValidateLifetime,
    };

    /// <summary>The built-in check reads the wall clock; this one reads <see cref="TimeProvider"/>.</summary>
    private bool ValidateLifetime(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (expires is null)
        {
            throw new SecurityTokenNoExpirationException("The token has no expiry.");
        }

        if (notBefore > now + parameters.ClockSkew)
        {
            throw new SecurityTokenNotYetValidException("The token is not valid yet.") { NotBefore = notBefore.Value };
        }

        if (expires < now - parameters.ClockSkew)
        {
            throw new SecurityTokenExpiredException("The token has expired.") { Expires = expires.Value };
        }

        return true;
    }

    private static JsonWebToken? ReadBearerToken(string header)
    {
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var raw = header[BearerPrefix.Length..].Trim();
        if (raw.Length == 0 || raw.Any(char.IsWhiteSpace) || !Handler.CanReadToken(raw))
        {
            return null;
        }

        try
        {
            return Handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool SameServiceUrl(string claimed, string serviceUrl) =>
        claimed.Length > 0 && string.Equals(claimed.TrimEnd('/'), serviceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private static string Describe(Exception? exception) => exception switch
    {
        SecurityTokenExpiredException => "the token has expired",
        SecurityTokenNotYetValidException => "the token is not valid yet",
        SecurityTokenNoExpirationException => "the token has no expiry",
        SecurityTokenInvalidAudienceException => "the token is for another audience",
        SecurityTokenInvalidIssuerException => "the token's issuer is not accepted",
        SecurityTokenSignatureKeyNotFoundException => "the token is signed by an unknown key",
        SecurityTokenInvalidAlgorithmException => "the token's algorithm is not accepted",
        SecurityTokenInvalidSignatureException => "the token's signature is invalid",
        _ => $"the token is invalid ({exception?.GetType().Name})",
    };

    private sealed record Validated(ClaimsIdentity Identity, OpenIdConnectConfiguration Configuration);
}
