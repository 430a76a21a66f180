using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Logging;

namespace Mentoring.Conversations.Twilio;

/// <summary>
/// Reads a webhook's form and proves it came from Twilio, the same way for every Twilio endpoint:
/// a request without the account's signature is refused before anything runs.
/// </summary>
internal static partial class TwilioRequest
{
    /// <summary>A webhook is a few dozen short fields; anything bigger is refused before it is read.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    private const string FormMediaType = "application/x-www-form-urlencoded";

    /// <summary>The signed form, or the Problem Details (400, 403 or 413) to answer instead.</summary>
    public static async Task<(IFormCollection? Form, ProblemHttpResult? Problem)> ReadSignedFormAsync(
        HttpRequest request, TwilioOptions settings, ILogger logger, CancellationToken cancellationToken)
    {
        var signature = request.Headers[TwilioSignature.Header].ToString();
        if (!settings.CanReceive)
        {
            LogNoToken(logger);
            return (null, Forbidden());
        }

        if (signature.Length == 0)
        {
            LogRefused(logger, request.Path, "it has no signature");
            return (null, Forbidden());
        }

        if (!string.Equals(request.GetTypedHeaders().ContentType?.MediaType.Value, FormMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return (null, TypedResults.Problem($"A Twilio webhook posts a form ({FormMediaType}).", statusCode: StatusCodes.Status400BadRequest));
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TypedResults.Problem($"A Twilio webhook is at most {MaxBodyBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge));
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return (null, TypedResults.Problem("The form could not be read.", statusCode: StatusCodes.Status400BadRequest));
        }

        if (!TwilioSignature.IsValid(signature, settings.AuthToken, PublicUrl(request, settings.PublicBaseUrl), form))
        {
            LogRefused(logger, request.Path, "its signature does not match");
            return (null, Forbidden());
        }

        return (form, null);
    }

    /// <summary>
    /// The URL Twilio called, as it signed it. Behind a proxy the request's own host and scheme
    /// are the proxy's, and the Host header is the caller's to choose, so the public base comes
    /// from configuration; only without one is the request's own URL taken.
    /// </summary>
    public static string PublicUrl(HttpRequest request, string? publicBaseUrl) =>
        publicBaseUrl is { Length: > 0 }
            ? publicBaseUrl.TrimEnd('/') + request.Path.ToUriComponent() + request.QueryString.ToUriComponent()
            : request.GetEncodedUrl();

    public static string? Field(IFormCollection form, string name) => form[name].ToString() is { Length: > 0 } value ? value : null;

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem("The request does not carry this account's Twilio signature.", statusCode: StatusCodes.Status403Forbidden);

    [LoggerMessage(LogLevel.Warning, "Refused a Twilio webhook: Twilio:AuthToken is not set, so no signature can be checked.")]
    private static partial void LogNoToken(ILogger logger);

    [LoggerMessage(LogLevel.Warning, "Refused a Twilio webhook on {Path}: {Reason}.")]
    private static partial void LogRefused(ILogger logger, PathString path, string reason);
}
