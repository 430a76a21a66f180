namespace Mentoring.Conversations.Tests.BotFramework;

public sealed partial class ChannelAuthenticatorTests
{
    [Fact]
    public async Task AuthenticateAsync_Succeeds_WhenIssuerRotatesToAKeyPublishedAfterTheKeysWereRead()
    {
        var authenticator = Authenticator();
        Assert.True((await AuthenticateAsync(authenticator, TestTokens.Bearer(TestTokens.Channel(TestSigningKey.Endorsed)))).Succeeded);

        channel.Publish(TestSigningKey.Rotated);
        var outcome = await AuthenticateAsync(authenticator, TestTokens.Bearer(TestTokens.Channel(TestSigningKey.Rotated)));

        Assert.True(outcome.Succeeded, outcome.Failure);
        Assert.Equal(2, channel.KeySetRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_RereadsKeysAtMostOncePerFiveMinutes_WhenTokensNameUnknownKeys()
    {
        var authenticator = Authenticator();
        var unknown = TestTokens.Bearer(TestTokens.Channel(TestSigningKey.Unpublished));

        await AuthenticateAsync(authenticator, unknown);
        await AuthenticateAsync(authenticator, unknown);
        time.Advance(TimeSpan.FromMinutes(4));
        await AuthenticateAsync(authenticator, unknown);
        Assert.Equal(2, channel.KeySetRequests);

        time.Advance(TimeSpan.FromMinutes(1));
        await AuthenticateAsync(authenticator, unknown);
        Assert.Equal(3, channel.KeySetRequests);
    }
}
