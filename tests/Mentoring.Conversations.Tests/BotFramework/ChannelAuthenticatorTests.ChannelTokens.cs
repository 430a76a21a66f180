namespace Mentoring.Conversations.Tests.BotFramework;

public sealed partial class ChannelAuthenticatorTests
{
    [Fact]
    public async Task AuthenticateAsync_Succeeds_WhenChannelTokenIsValid()
    {
        var outcome = await AuthenticateAsync(Authenticator(), TestTokens.Bearer(TestTokens.Channel(TestSigningKey.Endorsed)));

        Assert.True(outcome.Succeeded, outcome.Failure);
        Assert.False(outcome.IsAnonymous);
        Assert.Equal(TestTokens.AppId, outcome.AppId);
        Assert.Equal(TestTokens.ServiceUrl, outcome.Identity?.FindFirst("serviceurl")?.Value);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea")]
    [InlineData("HTTPS://SMBA.trafficmanager.net/emea/")]
    public async Task AuthenticateAsync_Succeeds_WhenServiceUrlDiffersOnlyInTrailingSlashOrCase(string serviceUrl)
    {
        var outcome = await AuthenticateAsync(Authenticator(), TestTokens.Bearer(TestTokens.Channel(TestSigningKey.Endorsed)), serviceUrl: serviceUrl);

        Assert.True(outcome.Succeeded, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_Succeeds_WhenTokenExpiredWithinClockSkew()
    {
        var token = TestTokens.Channel(TestSigningKey.Endorsed, d => d.Expires = TestTokens.Now.UtcDateTime.AddMinutes(-4));

        var outcome = await AuthenticateAsync(Authenticator(), TestTokens.Bearer(token));

        Assert.True(outcome.Succeeded, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenAudienceIsAnotherBot()
    {
        var token = TestTokens.Channel(TestSigningKey.Endorsed, d => d.Audience = "another-bot");

        AssertFailed(await AuthenticateAsync(Authenticator(), TestTokens.Bearer(token)), "audience");
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenTokenHasExpired()
    {
        var token = TestTokens.Channel(TestSigningKey.Endorsed, d => d.Expires = TestTokens.Now.UtcDateTime.AddMinutes(-6));

        AssertFailed(await AuthenticateAsync(Authenticator(), TestTokens.Bearer(token)), "expired");
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenTokenIsNotValidYet()
    {
        var token = TestTokens.Channel(TestSigningKey.Endorsed, d => d.NotBefore = TestTokens.Now.UtcDateTime.AddMinutes(6));

        AssertFailed(await AuthenticateAsync(Authenticator(), TestTokens.Bearer(token)), "not valid yet");
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenTokenHasNoExpiry()
    {
        var token = TestTokens.Channel(TestSigningKey.Endorsed, d => d.Expires = null);

        AssertFailed(await AuthenticateAsync(Authenticator(), TestTokens.Bearer(token)), "no expiry");
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenServiceUrlClaimIsAnotherService()
    {
        var outcome = await AuthenticateAsync(Authenticator(), TestTokens.Bearer(TestTokens.Channel(TestSigningKey.Endorsed)), serviceUrl: "https://evil.example/emea/");

        AssertFailed(outcome, "serviceurl");
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenSigningKeyIsNotEndorsedForTheChannel()
    {
        var outcome = await AuthenticateAsync(Authenticator(), TestTokens.Bearer(TestTokens.Channel(TestSigningKey.WebChatOnly)), channelId: "msteams");

        AssertFailed(outcome, "not endorsed");
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenTokenIsUnsigned()
    {
        AssertFailed(await AuthenticateAsync(Authenticator(), TestTokens.Bearer(TestTokens.Channel(key: null))), "RS256");
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenTokenIsSignedByAnUnknownKey()
    {
        AssertFailed(await AuthenticateAsync(Authenticator(), TestTokens.Bearer(TestTokens.Channel(TestSigningKey.Unpublished))), "unknown key");
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenIssuerIsNeitherTheChannelNorEntra()
    {
        var token = TestTokens.Channel(TestSigningKey.Endorsed, d => d.Issuer = "https://api.botframework.evil.example");

        AssertFailed(await AuthenticateAsync(Authenticator(), TestTokens.Bearer(token)), "issuer");
    }
}
