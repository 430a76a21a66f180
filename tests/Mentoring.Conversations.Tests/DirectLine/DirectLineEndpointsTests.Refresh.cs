using System.Net;
using System.Text.Json;

namespace Mentoring.Conversations.Tests.DirectLine;

public sealed partial class DirectLineEndpointsTests
{
    [Fact]
    public async Task RefreshToken_GivesALaterTokenForTheSameConversation_WhenTheTokenIsValid()
    {
        var (conversationId, token) = await OpenAsync();
        host.Time.Advance(TimeSpan.FromMinutes(15));

        using var response = await Client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(conversationId, body.RootElement.GetProperty("conversationId").GetString());
        var fresh = body.RootElement.GetProperty("token").GetString()!;
        var (before, after) = (host.Tokens.Check("Bearer " + token)!, host.Tokens.Check("Bearer " + fresh)!);
        Assert.True(after.ExpiresAt > before.ExpiresAt, $"{after.ExpiresAt} is not after {before.ExpiresAt}");
        Assert.Equal((conversationId, before.UserId), (after.ConversationId, after.UserId));
        host.Time.Advance(TimeSpan.FromMinutes(20));
        Assert.Single((await Client.GetActivitiesAsync(conversationId, fresh)).Activities);
        using var stale = await Client.SendAsync(HttpMethod.Get, DirectLineClient.ActivitiesPath(conversationId), token);
        Assert.Equal(HttpStatusCode.Forbidden, stale.StatusCode);
    }

    [Theory]
    [InlineData("secret")]
    [InlineData("expired token")]
    public async Task RefreshToken_Answers403_WhenTheBearerIsNotALiveToken(string flaw)
    {
        var (_, token) = await OpenAsync();
        host.Time.Advance(flaw == "expired token" ? host.Tokens.Lifetime : TimeSpan.Zero);

        using var response = await Client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/refresh", flaw == "secret" ? DirectLineHost.Secret : token);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "TokenOrSecretInvalid");
    }

    [Fact]
    public async Task Reconnect_GivesATokenForTheSameConversationAndUser_WhenTheTokenOpensIt()
    {
        var (conversationId, token) = await OpenAsync();

        using var response = await Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}?watermark=1", token);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancellation));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var grant = host.Tokens.Check("Bearer " + body.RootElement.GetProperty("token").GetString());
        Assert.Equal((conversationId, conversationId, UserOf(token)), (body.RootElement.GetProperty("conversationId").GetString(), grant?.ConversationId, grant?.UserId));
    }

    [Fact]
    public async Task Reconnect_Answers403_WhenTheTokenIsForAnotherConversation()
    {
        var (conversationId, _) = await OpenAsync();
        var (_, other) = await OpenAsync();

        using var response = await Client.SendAsync(HttpMethod.Get, $"/v3/directline/conversations/{conversationId}", other);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "TokenOrSecretInvalid");
    }
}
