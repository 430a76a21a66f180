using System.Buffers.Text;
using System.Text;
using Mentoring.Conversations.DirectLine;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Conversations.Tests.DirectLine;

public sealed class DirectLineTokensTests
{
    private const string Secret = "programme-backend-secret";

    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Check_GrantsTheConversationAndUser_WhenTheTokenIsOneItIssued()
    {
        var tokens = Tokens(Secret);

        var grant = tokens.Check(Bearer(tokens.Issue("c-1", "u-1")));

        Assert.Equal(new DirectLineGrant("c-1", "u-1", time.GetUtcNow() + tokens.Lifetime), grant);
        Assert.False(grant!.IsSecret);
        Assert.True(grant.Opens("c-1"));
        Assert.False(grant.Opens("c-2"));
    }

    [Fact]
    public void Check_GrantsEveryConversation_WhenTheBearerIsTheSecret()
    {
        var grant = Tokens(Secret).Check(Bearer(Secret));

        Assert.True(grant is { IsSecret: true, UserId: null });
        Assert.True(grant.Opens("any"));
    }

    [Fact]
    public void Check_AcceptsAToken_WhenAnotherInstanceWithTheSameSecretIssuedIt()
    {
        var token = Tokens(Secret).Issue("c-1", "u-1");

        Assert.Equal("c-1", Tokens(Secret).Check(Bearer(token))?.ConversationId);
    }

    [Fact]
    public void Check_RefusesAToken_WhenAnotherSecretSignedIt()
    {
        var token = Tokens("another-secret").Issue("c-1", "u-1");

        Assert.Null(Tokens(Secret).Check(Bearer(token)));
    }

    [Fact]
    public void Check_RefusesAToken_WhenItsPayloadWasChanged()
    {
        var tokens = Tokens(Secret);
        var (payload, signature) = Split(tokens.Issue("c-1", "u-1"));
        var tampered = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Base64Url.DecodeFromChars(payload)).Replace("c-1", "c-2", StringComparison.Ordinal)));

        Assert.NotEqual(payload, tampered);
        Assert.Null(tokens.Check(Bearer(tampered + "." + signature)));
    }

    [Fact]
    public void Check_RefusesAToken_WhenItHasExpired()
    {
        var tokens = Tokens(Secret);
        var token = tokens.Issue("c-1", null);

        time.Advance(tokens.Lifetime - TimeSpan.FromSeconds(1));
        Assert.NotNull(tokens.Check(Bearer(token)));
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(tokens.Check(Bearer(token)));
    }

    [Theory]
    [InlineData(null, "Bearer ")]
    [InlineData(null, "Bearer null")]
    [InlineData(null, "Bearer")]
    [InlineData(null, "")]
    [InlineData(null, null)]
    [InlineData("", "Bearer ")]
    [InlineData("", "Bearer null")]
    public void Check_GrantsNothing_WhenNoSecretIsConfigured(string? configured, string? header)
    {
        Assert.Null(Tokens(configured).Check(header));
    }

    [Theory]
    [InlineData("Basic " + Secret)]
    [InlineData(Secret)]
    [InlineData("Bearer .")]
    [InlineData("Bearer a.")]
    [InlineData("Bearer not base64.at all")]
    public void Check_GrantsNothing_WhenTheHeaderIsNotABearerItKnows(string header)
    {
        Assert.Null(Tokens(Secret).Check(header));
    }

    [Fact]
    public void Check_RefusesATokenFromAnEarlierStart_WhenNoSecretIsConfigured()
    {
        var token = Tokens(null).Issue("c-1", "u-1");

        Assert.Null(Tokens(null).Check(Bearer(token)));
    }

    private static string Bearer(string value) => "Bearer " + value;

    private static (string Payload, string Signature) Split(string token) =>
        (token[..token.IndexOf('.', StringComparison.Ordinal)], token[(token.IndexOf('.', StringComparison.Ordinal) + 1)..]);

    private DirectLineTokens Tokens(string? secret) => new(Options.Create(new DirectLineOptions { Secret = secret }), time);
}
