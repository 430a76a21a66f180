using System.Text.Json;
using Mentoring.Conversations.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Mentoring.Conversations.Bot;

/// <summary>
/// One activity posted by a channel, read the same way on every channel endpoint; each endpoint
/// answers a refusal in its own protocol's words.
/// </summary>
internal static class ActivityRequest
{
    /// <summary>Activities are small; anything bigger is refused before it is read.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public static TBuilder LimitToOneActivity<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes));

    /// <summary>The activity, or the status (400 or 413) and what is wrong with the body.</summary>
    public static async Task<(Activity? Activity, int Status, string? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ActivityJson.Options, cancellationToken);
            return string.IsNullOrWhiteSpace(activity?.Type)
                ? (null, StatusCodes.Status400BadRequest, "An activity needs a type.")
                : (activity, StatusCodes.Status200OK, null);
        }
        catch (JsonException)
        {
            return (null, StatusCodes.Status400BadRequest, "The body is not a JSON activity.");
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, StatusCodes.Status413PayloadTooLarge, $"An activity is at most {MaxBodyBytes} bytes.");
        }
    }
}
