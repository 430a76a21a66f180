namespace Mentoring.Conversations.Tests.BotFramework;

public sealed partial class ChannelAuthenticatorTests
{
    [Fact]
    public async Task AuthenticateAsync_Succeeds_WhenEntraV2TokenComesFromTheBotsTenant()
    {
        var outcome = await AuthenticateAsync(Authenticator(), TestTokens.Bearer(TestTokens.EntraV2(TestSigningKey.Endorsed, TestTokens.TenantId)), channelId: "emulator");

        Assert.True(outcome.Succeeded, outcome.Failure);
        Assert.Equal(TestTokens.CallerAppId, outcome.AppId);
    }

    [Fact]
    public async Task AuthenticateAsync_Succeeds_WhenEntraV1TokenCarriesAppId()
    {
        var outcome = await AuthenticateAsync(Authenticator(), TestTokens.Bearer(TestTokens.EntraV1(TestSigningKey.Endorsed, TestTokens.TenantId)), channelId: "emulator");

        Assert.True(outcome.Succeeded, outcome.Failure);
        Assert.Equal(TestTokens.CallerAppId, outcome.AppId);
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenEntraTokenComesFromAnotherTenantOfASingleTenantBot()
    {
        var outcome = await AuthenticateAsync(Authenticator(), TestTokens.Bearer(TestTokens.EntraV2(TestSigningKey.Endorsed, "another-tenant")));

        AssertFailed(outcome, "issuer");
    }

    [Fact]
    public async Task AuthenticateAsync_Succeeds_WhenMultiTenantBotGetsEntraTokenFromAnyTenant()
    {
        var outcome = await AuthenticateAsync(Authenticator(appType: "MultiTenant"), TestTokens.Bearer(TestTokens.EntraV2(TestSigningKey.Endorsed, "another-tenant")));

        Assert.True(outcome.Succeeded, outcome.Failure);
    }

    [Fact]
    public async Task AuthenticateAsync_Fails_WhenEntraTokenIsForAnotherAudience()
    {
        var token = TestTokens.EntraV2(TestSigningKey.Endorsed, TestTokens.TenantId);
        var outcome = await AuthenticateAsync(Authenticator(appId: "yet-another-bot"), TestTokens.Bearer(token));

        AssertFailed(outcome, "audience");
    }
}
