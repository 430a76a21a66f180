using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.BotFramework;

/// <summary>
/// Sends activities to the Bot Connector of the activity's <c>serviceUrl</c>: a reply to the
/// activity it answers, or a new message in the conversation (proactive). The HttpClient comes
/// with a retry policy for 429 and 5xx (see the host's registration); other errors are final.
/// </summary>
public sealed class ConnectorClient(HttpClient http, BotTokenProvider tokens) : IActivitySender
{
    /// <summary>Every activity whose <c>serviceUrl</c> is a web address is the Bot Connector's.</summary>
    public bool Delivers(Activity activity) =>
        Uri.TryCreate(activity?.ServiceUrl, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp);

    /// <summary>Returns the id the channel gave the activity, if it said.</summary>
    public async Task<string?> SendAsync(Activity activity, string deliveryId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            throw new ArgumentException("An activity to send needs a serviceUrl and a conversation id.", nameof(activity));
        }

        var conversation = Uri.EscapeDataString(activity.Conversation.Id);
        var path = activity.ReplyToId is { Length: > 0 } replyTo
            ? $"v3/conversations/{conversation}/activities/{Uri.EscapeDataString(replyTo)}"
            : $"v3/conversations/{conversation}/activities";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(new Uri(activity.ServiceUrl.TrimEnd('/') + "/"), path))
        {
            Content = JsonContent.Create(activity, options: ActivityJson.Options),
        };
        if (await tokens.GetTokenAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await SendOrThrowAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new ConnectorException((int)response.StatusCode, body);
        }

        // The answer is {"id": …}, and the body may be empty.
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        using var answer = JsonDocument.Parse(text);
        return answer.RootElement.ValueKind == JsonValueKind.Object && answer.RootElement.TryGetProperty("id", out var id) ? id.GetString() : null;
    }

    private async Task<HttpResponseMessage> SendOrThrowAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new DeliveryException($"The Bot Connector could not be reached: {e.Message}", isPermanent: false, e);
        }
    }
}
