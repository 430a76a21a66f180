using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Tests.DirectLine;

/// <summary>The calls Web Chat makes, over real HTTP; the typed ones assert the call succeeded.</summary>
public sealed class DirectLineClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public static HttpRequestMessage Request(HttpMethod method, string path, string? bearer, string? json = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        return request;
    }

    public static string ActivitiesPath(string conversationId, string? watermark = null) =>
        $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/activities" + (watermark is null ? string.Empty : $"?watermark={Uri.EscapeDataString(watermark)}");

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, string? json = null)
    {
        using var request = Request(method, path, bearer, json);
        return await Http.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>What a programme's backend does with the secret to let a page in.</summary>
    public async Task<string> GenerateTokenAsync()
    {
        using var body = await ReadAsync(HttpMethod.Post, "/v3/directline/tokens/generate", DirectLineHost.Secret, HttpStatusCode.OK);
        return body.RootElement.GetProperty("token").GetString()!;
    }

    public async Task<(string ConversationId, string Token)> StartConversationAsync(string bearer)
    {
        using var body = await ReadAsync(HttpMethod.Post, "/v3/directline/conversations", bearer, HttpStatusCode.Created);
        return (body.RootElement.GetProperty("conversationId").GetString()!, body.RootElement.GetProperty("token").GetString()!);
    }

    public async Task<string> PostActivityAsync(string conversationId, string bearer, object activity)
    {
        using var body = await ReadAsync(HttpMethod.Post, ActivitiesPath(conversationId), bearer, HttpStatusCode.OK, JsonSerializer.Serialize(activity, ActivityJson.Options));
        return body.RootElement.GetProperty("id").GetString()!;
    }

    public async Task<(List<Activity> Activities, string Watermark)> GetActivitiesAsync(string conversationId, string bearer, string watermark = "")
    {
        using var body = await ReadAsync(HttpMethod.Get, ActivitiesPath(conversationId, watermark), bearer, HttpStatusCode.OK);
        return (body.RootElement.GetProperty("activities").Deserialize<List<Activity>>(ActivityJson.Options)!, body.RootElement.GetProperty("watermark").GetString()!);
    }

    public void Dispose() => Http.Dispose();

    private async Task<JsonDocument> ReadAsync(HttpMethod method, string path, string bearer, HttpStatusCode expected, string? json = null)
    {
        using var response = await SendAsync(method, path, bearer, json);
        var content = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == expected, $"{method} {path}: {(int)response.StatusCode} {content}");
        return JsonDocument.Parse(content);
    }
}
