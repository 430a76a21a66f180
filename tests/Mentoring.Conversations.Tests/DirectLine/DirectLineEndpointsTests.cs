using System.Net;
using System.Text.Json;

namespace Mentoring.Conversations.Tests.DirectLine;

/// <summary>
/// The Direct Line 3.0 routes over real HTTP, called as Web Chat calls them. The behaviours are
/// split over the partial files beside this one.
/// </summary>
public sealed partial class DirectLineEndpointsTests : IAsyncLifetime
{
    private DirectLineHost host = null!;

    private DirectLineClient Client => host.Client;

    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => host = await DirectLineHost.StartAsync();

    public async ValueTask DisposeAsync() => await host.DisposeAsync();

    /// <summary>A message as Web Chat posts it.</summary>
    private static object Message(string text, string clientActivityId = "client-1", string? fromId = "web-user") => new
    {
        type = "message",
        text,
        from = new { id = fromId, role = "user" },
        locale = "en-GB",
        localTimezone = "Europe/London",
        channelId = "webchat",
        channelData = new { clientActivityID = clientActivityId },
    };

    /// <summary>The way in Web Chat takes: the programme's backend generates a token, the page starts with it.</summary>
    private async Task<(string ConversationId, string Token)> OpenAsync()
    {
        var token = await Client.GenerateTokenAsync();
        return await Client.StartConversationAsync(token);
    }

    private string UserOf(string token) => host.Tokens.Check("Bearer " + token)!.UserId!;

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var content = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {content}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(content);
        Assert.Equal(code, body.RootElement.GetProperty("error").GetProperty("code").GetString());
    }
}
