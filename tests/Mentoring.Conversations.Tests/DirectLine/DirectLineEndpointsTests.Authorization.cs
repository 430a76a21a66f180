using System.Net;

namespace Mentoring.Conversations.Tests.DirectLine;

public sealed partial class DirectLineEndpointsTests
{
    public static TheoryData<string, string> Flaws => new MatrixTheoryData<string, string>(
        ["no header", "wrong secret", "garbage token", "token for another conversation", "expired token"],
        ["POST", "GET"]);

    [Theory]
    [MemberData(nameof(Flaws))]
    public async Task Activities_Answer403AndChangeNothing_WhenTheBearerDoesNotOpenTheConversation(string flaw, string method)
    {
        var (conversationId, token) = await OpenAsync();
        var bearer = flaw switch
        {
            "no header" => null,
            "wrong secret" => "not-the-" + DirectLineHost.Secret,
            "garbage token" => "eyJub3QiOiJhIHRva2VuIn0.c2lnbmF0dXJl",
            "token for another conversation" => (await OpenAsync()).Token,
            _ => token,
        };
        if (flaw == "expired token")
        {
            host.Time.Advance(host.Tokens.Lifetime + TimeSpan.FromSeconds(1));
        }

        var (appended, turns) = (host.Transcript.Count, host.Bot.Turns);

        using var response = await Client.SendAsync(new HttpMethod(method), DirectLineClient.ActivitiesPath(conversationId), bearer, method == "POST" ? """{"type":"message","text":"hi","from":{"id":"u"}}""" : null);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "TokenOrSecretInvalid");
        Assert.Equal((appended, turns), (host.Transcript.Count, host.Bot.Turns));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-the-secret")]
    public async Task StartConversation_Answers403AndStartsNothing_WhenTheBearerIsNeitherSecretNorToken(string? bearer)
    {
        using var response = await Client.SendAsync(HttpMethod.Post, "/v3/directline/conversations", bearer);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "TokenOrSecretInvalid");
        Assert.Equal((0, 0), (host.Transcript.Count, host.Bot.Turns));
    }

    [Theory]
    [InlineData("no header")]
    [InlineData("token")]
    public async Task GenerateToken_Answers403_WhenTheBearerIsNotTheSecret(string flaw)
    {
        var bearer = flaw == "token" ? await Client.GenerateTokenAsync() : null;

        using var response = await Client.SendAsync(HttpMethod.Post, "/v3/directline/tokens/generate", bearer);

        await AssertProblemAsync(response, HttpStatusCode.Forbidden, "TokenOrSecretInvalid");
    }
}
