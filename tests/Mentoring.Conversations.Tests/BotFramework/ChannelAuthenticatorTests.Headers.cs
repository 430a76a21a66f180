namespace Mentoring.Conversations.Tests.BotFramework;

public sealed partial class ChannelAuthenticatorTests
{
    [Fact]
    public async Task AuthenticateAsync_Fails_WhenHeaderIsMissingAndAppIdIsConfigured()
    {
        AssertFailed(await AuthenticateAsync(Authenticator(), header: null), "no Authorization header");
    }

    [Fact]
    public async Task AuthenticateAsync_IsAnonymous_WhenHeaderIsMissingInNoAuthMode()
    {
        var outcome = await AuthenticateAsync(Authenticator(appId: null), header: null);

        Assert.True(outcome.Succeeded);
        Assert.True(outcome.IsAnonymous);
        Assert.Null(outcome.Identity);
    }

    [Theory]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("eyJhbGciOiJSUzI1NiJ9.e30.c2ln")]
    public async Task AuthenticateAsync_Fails_WhenHeaderIsMalformed(string header)
    {
        AssertFailed(await AuthenticateAsync(Authenticator(), header), "not a Bearer JWT");
    }

    [Fact]
    public async Task AuthenticateAsync_Succeeds_WhenNoAuthModeGetsAValidTokenForAnyAudience()
    {
        var token = TestTokens.Channel(TestSigningKey.Endorsed, d => d.Audience = "some-other-bot");

        var outcome = await AuthenticateAsync(Authenticator(appId: null), TestTokens.Bearer(token));

        Assert.True(outcome.Succeeded, outcome.Failure);
        Assert.False(outcome.IsAnonymous);
        Assert.Equal("some-other-bot", outcome.AppId);
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenNoAuthModeGetsAnInvalidToken()
    {
        var token = TestTokens.Channel(TestSigningKey.Endorsed, d => d.Expires = TestTokens.Now.UtcDateTime.AddHours(-1));

        AssertFailed(await AuthenticateAsync(Authenticator(appId: null), TestTokens.Bearer(token)), "expired");
    }
}
