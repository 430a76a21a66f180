using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Mentoring.Conversations.Bot;
using Microsoft.Extensions.Options;
using Polly;

namespace Mentoring.Conversations.Twilio;

/// <summary>
/// Twilio's Messages API: one form-encoded POST per message, HTTP Basic authentication with the
/// API key if there is one, else with the account and its auth token. The HttpClient comes with
/// retries for 429 and 5xx (see <see cref="TwilioServiceCollectionExtensions.AddTwilio"/>); other
/// errors are final. Nothing here logs: the message's body and number stay out of the logs.
/// </summary>
public sealed class TwilioClient(HttpClient http, IOptions<TwilioOptions> options)
{
    /// <summary>
    /// Sends <paramref name="message"/>; returns Twilio's id for it. Throws
    /// <see cref="TwilioException"/> when Twilio refuses it or cannot be reached, and a permanent
    /// <see cref="DeliveryException"/> when the account is not configured.
    /// </summary>
    public async Task<TwilioMessageReceipt> SendAsync(TwilioMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        if (!settings.CanSend)
        {
            throw new DeliveryException(
                "Twilio is not configured: sending needs Twilio:AccountSid with Twilio:AuthToken, or with Twilio:ApiKeySid and Twilio:ApiKeySecret.",
                isPermanent: true);
        }

        var url = new Uri($"{settings.ApiBaseUrl.TrimEnd('/')}/2010-04-01/Accounts/{Uri.EscapeDataString(settings.AccountSid!)}/Messages.json");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(Fields(message)) };
        request.Headers.Authorization = Basic(settings);

        using var response = await SendOrThrowAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw TwilioException.FromAnswer((int)response.StatusCode, text);
        }

        return Receipt((int)response.StatusCode, text);
    }

    /// <summary>
    /// The sid in Twilio's answer. An answer without one is final: the message may have gone out,
    /// and another try could send it twice.
    /// </summary>
    private static TwilioMessageReceipt Receipt(int httpStatus, string text)
    {
        try
        {
            using var answer = JsonDocument.Parse(text);
            var root = answer.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("sid", out var sid) && sid.ValueKind == JsonValueKind.String && sid.GetString() is { Length: > 0 } id)
            {
                var status = root.TryGetProperty("status", out var state) && state.ValueKind == JsonValueKind.String ? state.GetString() : null;
                return new TwilioMessageReceipt(id, status);
            }
        }
        catch (JsonException)
        {
            // Handled below, as an answer without a sid.
        }

        throw new TwilioException(httpStatus, null, "Twilio accepted the message but its answer has no sid.");
    }

    private static List<KeyValuePair<string, string>> Fields(TwilioMessage message)
    {
        if (string.IsNullOrWhiteSpace(message.To))
        {
            throw new ArgumentException("A message needs a To.", nameof(message));
        }

        if (string.IsNullOrWhiteSpace(message.From) && string.IsNullOrWhiteSpace(message.MessagingServiceSid))
        {
            throw new ArgumentException("A message needs a From or a MessagingServiceSid.", nameof(message));
        }

        if (string.IsNullOrEmpty(message.Body) && string.IsNullOrWhiteSpace(message.ContentSid))
        {
            throw new ArgumentException("A message needs a Body or a ContentSid.", nameof(message));
        }

        var fields = new List<KeyValuePair<string, string>> { new("To", message.To) };
        Add(fields, "From", message.From);
        Add(fields, "MessagingServiceSid", message.MessagingServiceSid);
        Add(fields, "Body", message.Body);
        Add(fields, "ContentSid", message.ContentSid);
        Add(fields, "ContentVariables", message.ContentVariables);
        Add(fields, "StatusCallback", message.StatusCallback);
        return fields;
    }

    private static void Add(List<KeyValuePair<string, string>> fields, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            fields.Add(new(name, value));
        }
    }

    private static AuthenticationHeaderValue Basic(TwilioOptions settings)
    {
        var (user, password) = settings.UsesApiKey ? (settings.ApiKeySid!, settings.ApiKeySecret!) : (settings.AccountSid!, settings.AuthToken!);
        return new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
    }

    /// <summary>No answer at all, after the retries: worth another try later.</summary>
    private async Task<HttpResponseMessage> SendOrThrowAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new TwilioException(null, null, $"Twilio could not be reached: {e.Message}", e);
        }
        catch (ExecutionRejectedException e)
        {
            // The resilience pipeline's timeouts and open circuit.
            throw new TwilioException(null, null, $"Twilio did not answer in time: {e.Message}", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TwilioException(null, null, "Twilio did not answer in time.", e);
        }
    }
}
