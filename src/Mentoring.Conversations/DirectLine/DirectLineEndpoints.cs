using System.Text.Json;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Mentoring.Conversations.DirectLine;

/// <summary>
/// The Direct Line 3.0 routes Web Chat and the directline client use, polling only: start a
/// conversation, post an activity, get activities after a watermark, generate and refresh tokens.
/// The person's message comes back in the stream with the id the POST returned and its
/// <c>channelData.clientActivityID</c> unchanged, and the answers point at it with <c>replyToId</c>;
/// without both, Web Chat shows "Send failed" or holds the answers back.
/// </summary>
public static class DirectLineEndpoints
{
    public const string CorsPolicy = "DirectLine";

    public static RouteGroupBuilder MapDirectLine(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/v3/directline").RequireCors(CorsPolicy);
        group.MapPost("/tokens/generate", Generate);
        group.MapPost("/tokens/refresh", Refresh);
        group.MapPost("/conversations", StartAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync).LimitToOneActivity();
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        return group;
    }

    /// <summary>The secret gets a token for a new conversation, for a page to use without knowing the secret.</summary>
    private static IResult Generate(HttpRequest request, DirectLineTokens tokens)
    {
        var grant = tokens.Check(request.Headers.Authorization);
        if (grant is not { IsSecret: true })
        {
            return DirectLineProblem.Forbidden("Only the Direct Line secret can generate tokens.");
        }

        return Conversation(tokens, DirectLineTokens.NewConversationId(), DirectLineTokens.NewUserId(), StatusCodes.Status200OK);
    }

    private static IResult Refresh(HttpRequest request, DirectLineTokens tokens)
    {
        var grant = tokens.Check(request.Headers.Authorization);
        if (grant is null || grant.IsSecret)
        {
            return DirectLineProblem.Forbidden("A token that has not expired is needed to get a fresh one.");
        }

        return Conversation(tokens, grant.ConversationId!, grant.UserId, StatusCodes.Status200OK);
    }

    private static async Task<IResult> StartAsync(HttpRequest request, string? locale, DirectLineTokens tokens, IDirectLineTranscript transcript, TurnPipeline pipeline, TimeProvider time, CancellationToken cancellationToken)
    {
        var grant = tokens.Check(request.Headers.Authorization);
        if (grant is null)
        {
            return DirectLineProblem.Forbidden("The secret or a token is needed.");
        }

        var conversationId = grant.ConversationId ?? DirectLineTokens.NewConversationId();
        // Two starts at once (a page that mounts Web Chat twice) create it once and greet once.
        if (!await transcript.StartAsync(conversationId, cancellationToken))
        {
            return Conversation(tokens, conversationId, grant.UserId, StatusCodes.Status200OK);
        }

        if (grant.UserId is { } userId)
        {
            // The person is known from the token, so the bot can greet them before they write, in
            // the language the page asked for (?locale=, our extension): nothing else tells it yet.
            await pipeline.RunAsync(DirectLineActivities.Joined(conversationId, userId, locale, time.GetUtcNow()), returnReplies: false, cancellationToken);
        }

        return Conversation(tokens, conversationId, grant.UserId, StatusCodes.Status201Created);
    }

    private static async Task<IResult> ReconnectAsync(string conversationId, HttpRequest request, DirectLineTokens tokens, IDirectLineTranscript transcript, CancellationToken cancellationToken)
    {
        var grant = tokens.Check(request.Headers.Authorization);
        if (await OpenAsync(conversationId, grant, transcript, cancellationToken) is { } refused)
        {
            return refused;
        }

        return Conversation(tokens, conversationId, grant!.UserId, StatusCodes.Status200OK);
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineTokens tokens, IDirectLineTranscript transcript, TurnPipeline pipeline, TimeProvider time, CancellationToken cancellationToken)
    {
        // Checked once: a token that was good when the request came stays good while its body
        // uploads, however slowly, instead of expiring between two checks of one request.
        var grant = tokens.Check(request.Headers.Authorization);
        if (await OpenAsync(conversationId, grant, transcript, cancellationToken) is { } refused)
        {
            return refused;
        }

        var (activity, problem) = await DirectLineActivities.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (DirectLineActivities.Prepare(activity!, conversationId, grant!.UserId, time.GetUtcNow()) is { } bad)
        {
            return bad;
        }

        // The echo is stored first, so it is always before the answers in the stream.
        if (await transcript.AppendAsync(conversationId, activity!, cancellationToken) is not { } id)
        {
            return DirectLineProblem.NotFound("There is no such conversation.");
        }

        if (DirectLineActivities.RunsATurn(activity!))
        {
            await pipeline.RunAsync(activity!, returnReplies: false, cancellationToken);
        }

        return TypedResults.Ok(new { id });
    }

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineTokens tokens, IDirectLineTranscript transcript, CancellationToken cancellationToken)
    {
        if (await OpenAsync(conversationId, tokens.Check(request.Headers.Authorization), transcript, cancellationToken) is { } refused)
        {
            return refused;
        }

        long after = 0;
        if (!string.IsNullOrEmpty(watermark) && (!long.TryParse(watermark, out after) || after < 0))
        {
            return DirectLineProblem.BadArgument("The watermark is not one this service gave.");
        }

        var (activities, next) = await transcript.ReadAsync(conversationId, after, cancellationToken);
        return Results.Json(new { activities, watermark = next.ToString(System.Globalization.CultureInfo.InvariantCulture) }, ActivityJson.Options);
    }

    private static async Task<IResult?> OpenAsync(string conversationId, DirectLineGrant? grant, IDirectLineTranscript transcript, CancellationToken cancellationToken)
    {
        if (grant is null || !grant.Opens(conversationId))
        {
            return DirectLineProblem.Forbidden("The token does not open this conversation, or it has expired.");
        }

        return await transcript.ExistsAsync(conversationId, cancellationToken) ? null : DirectLineProblem.NotFound("There is no such conversation.");
    }

    private static IResult Conversation(DirectLineTokens tokens, string conversationId, string? userId, int status) =>
        Results.Json(
            new { conversationId, token = tokens.Issue(conversationId, userId), expires_in = (int)tokens.Lifetime.TotalSeconds },
            JsonSerializerOptions.Web,
            statusCode: status);
}
