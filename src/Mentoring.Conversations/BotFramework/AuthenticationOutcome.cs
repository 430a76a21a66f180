using System.Security.Claims;

namespace Mentoring.Conversations.BotFramework;

/// <summary>
/// What <see cref="ChannelAuthenticator"/> decided about a request. <see cref="Failure"/> is a short
/// reason for the log; it never contains the token.
/// </summary>
/// <param name="AppId">The caller's app id: <c>appid</c> or <c>azp</c> of an Entra token, the audience of a channel token.</param>
public sealed record AuthenticationOutcome(bool Succeeded, bool IsAnonymous, ClaimsIdentity? Identity, string? AppId, string? Failure)
{
    /// <summary>No header in no-auth mode: allowed, with nobody's identity.</summary>
    public static AuthenticationOutcome Anonymous { get; } = new(true, true, null, null, null);

    public static AuthenticationOutcome Authenticated(ClaimsIdentity identity, string? appId) => new(true, false, identity, appId, null);

    public static AuthenticationOutcome Failed(string failure) => new(false, false, null, null, failure);
}
