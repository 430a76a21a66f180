using System.Net;

namespace Mentoring.Conversations.Tests.DirectLine;

public sealed partial class DirectLineEndpointsTests
{
    private const string WebChatHeaders = "authorization,content-type,x-ms-bot-agent,x-requested-with";

    [Theory]
    [InlineData("/v3/directline/tokens/generate")]
    [InlineData("/v3/directline/tokens/refresh")]
    [InlineData("/v3/directline/conversations")]
    [InlineData("/v3/directline/conversations/c-1/activities")]
    public async Task Preflight_AllowsTheOriginAndWebChatsHeaders_WhenTheOriginIsListed(string path)
    {
        using var request = DirectLineClient.Request(HttpMethod.Options, path, bearer: null);
        request.Headers.Add("Origin", DirectLineHost.Origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", WebChatHeaders);

        using var response = await Client.Http.SendAsync(request, Cancellation);

        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}");
        Assert.Equal(DirectLineHost.Origin, Header(response, "Access-Control-Allow-Origin"));
        var allowed = Header(response, "Access-Control-Allow-Headers")!.Split(',', StringSplitOptions.TrimEntries);
        Assert.All(WebChatHeaders.Split(','), header => Assert.Contains(header, allowed, StringComparer.OrdinalIgnoreCase));
        Assert.Contains("POST", Header(response, "Access-Control-Allow-Methods")!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetActivities_CarriesTheAllowedOrigin_WhenItAnswers403()
    {
        var (conversationId, _) = await OpenAsync();
        using var request = DirectLineClient.Request(HttpMethod.Get, DirectLineClient.ActivitiesPath(conversationId), "not-a-token");
        request.Headers.Add("Origin", DirectLineHost.Origin);

        using var response = await Client.Http.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(DirectLineHost.Origin, Header(response, "Access-Control-Allow-Origin"));
    }

    [Theory]
    [InlineData("OPTIONS")]
    [InlineData("POST")]
    public async Task Requests_CarryNoAllowedOrigin_WhenTheOriginIsNotListed(string method)
    {
        using var request = DirectLineClient.Request(new HttpMethod(method), "/v3/directline/tokens/generate", DirectLineHost.Secret);
        request.Headers.Add("Origin", "https://elsewhere.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await Client.Http.SendAsync(request, Cancellation);

        Assert.Null(Header(response, "Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Requests_AllowAnyOrigin_WhenTheAllowedOriginIsAStar()
    {
        await using var open = await DirectLineHost.StartAsync(("DirectLine:AllowedOrigins:0", "*"));
        using var request = DirectLineClient.Request(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineHost.Secret);
        request.Headers.Add("Origin", "https://elsewhere.example");

        using var response = await open.Client.Http.SendAsync(request, Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;
}
