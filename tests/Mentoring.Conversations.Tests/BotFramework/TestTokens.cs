using Mentoring.Conversations.BotFramework;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Mentoring.Conversations.Tests.BotFramework;

/// <summary>Tokens as the Bot Connector and Entra ID issue them, valid at <see cref="Now"/>.</summary>
public static class TestTokens
{
    public const string AppId = "9b2a3c4d-bot-app";
    public const string CallerAppId = "5e6f7a8b-caller-app";
    public const string TenantId = "0f1e2d3c-bot-tenant";
    public const string ChannelIssuer = BotFrameworkOptions.PublicCloudTokenIssuer;
    public const string ServiceUrl = "https://smba.trafficmanager.net/emea/";

    /// <summary>Far from the wall clock, so a test passes only if the authenticator reads the TimeProvider.</summary>
    public static readonly DateTimeOffset Now = new(2031, 5, 6, 7, 8, 9, TimeSpan.Zero);

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public static string Channel(TestSigningKey? key, Action<SecurityTokenDescriptor>? change = null) =>
        Create(key, ChannelIssuer, new Dictionary<string, object> { ["serviceurl"] = ServiceUrl }, change);

    public static string EntraV1(TestSigningKey key, string tenant) =>
        Create(key, $"https://sts.windows.net/{tenant}/", new Dictionary<string, object> { ["appid"] = CallerAppId, ["tid"] = tenant, ["ver"] = "1.0" });

    public static string EntraV2(TestSigningKey key, string tenant) =>
        Create(key, $"https://login.microsoftonline.com/{tenant}/v2.0", new Dictionary<string, object> { ["azp"] = CallerAppId, ["tid"] = tenant, ["ver"] = "2.0" });

    public static string Bearer(string token) => $"Bearer {token}";

    private static string Create(TestSigningKey? key, string issuer, Dictionary<string, object> claims, Action<SecurityTokenDescriptor>? change = null)
    {
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = AppId,
            Claims = claims,
            IssuedAt = Now.UtcDateTime.AddMinutes(-1),
            NotBefore = Now.UtcDateTime.AddMinutes(-1),
            Expires = Now.UtcDateTime.AddHours(1),
            SigningCredentials = key?.Credentials,
        };
        change?.Invoke(descriptor);
        return Handler.CreateToken(descriptor);
    }
}
