using System.Text.Json;
using System.Text.RegularExpressions;
using Mentoring.Conversations.Bot;

namespace Mentoring.Conversations.Twilio;

/// <summary>
/// Twilio refused a message or could not be reached. Busy (429, code 20429), failing (5xx) or
/// unreachable is worth another try later (the client has already retried a few times); anything
/// else Twilio says about a message will not change, such as <see cref="TwilioErrorCodes.OptedOut"/>.
/// </summary>
public sealed partial class TwilioException(int? status, int? code, string message, Exception? innerException = null)
    : DeliveryException(message, isPermanent: !IsTransient(status, code), innerException)
{
    /// <summary>The HTTP status Twilio answered with; null when no answer came.</summary>
    public int? Status { get; } = status;

    /// <summary>Twilio's error code (see <see cref="TwilioErrorCodes"/>), when it gave one.</summary>
    public int? Code { get; } = code;

    private static bool IsTransient(int? status, int? code) =>
        status is null or 429 or >= 500 || code == TwilioErrorCodes.TooManyRequests;

    /// <summary>
    /// The error in Twilio's answer, <c>{code, message, more_info, status}</c>. Twilio's message
    /// may quote the number; digits are masked, so the exception can be logged.
    /// </summary>
    internal static TwilioException FromAnswer(int status, string body)
    {
        int? code = null;
        var text = body.Length <= 300 ? body : body[..300];
        try
        {
            using var answer = JsonDocument.Parse(body);
            if (answer.RootElement.ValueKind == JsonValueKind.Object)
            {
                if (answer.RootElement.TryGetProperty("code", out var number) && number.TryGetInt32(out var value))
                {
                    code = value;
                }

                if (answer.RootElement.TryGetProperty("message", out var said) && said.ValueKind == JsonValueKind.String)
                {
                    text = said.GetString()!;
                }
            }
        }
        catch (JsonException)
        {
            // Not Twilio's JSON (a proxy's error page): the status and the start of the body say enough.
        }

        var coded = code is null ? string.Empty : $" (code {code})";
        return new TwilioException(status, code, $"Twilio answered {status}{coded}: {Digits().Replace(text, m => TwilioAddress.Redact(m.Value))}");
    }

    [GeneratedRegex(@"\+?\d{6,}")]
    private static partial Regex Digits();
}
