using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Schema;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace Mentoring.Conversations.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>, as Azure Bot Service and the Emulator call it: 200 with an empty
/// body for ordinary activities, 400 for a body that is not an activity, 401 when authentication
/// fails (and nothing runs), an invoke's own answer (501 if the bot gives none), and for
/// <c>expectReplies</c> the replies in the body instead of sending them.
/// </summary>
public static class BotFrameworkEndpoint
{
    private static readonly HashSet<string> KnownTypes =
    [
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.Event, ActivityTypes.Invoke,
        ActivityTypes.EndOfConversation, ActivityTypes.InstallationUpdate, ActivityTypes.Typing,
    ];

    public static RouteHandlerBuilder MapBotFramework(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages") =>
        endpoints.MapPost(pattern, HandleAsync).LimitToOneActivity();

    private static async Task<IResult> HandleAsync(
        HttpRequest request, ChannelAuthenticator authenticator, TurnPipeline pipeline, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(BotFrameworkEndpoint));
        var (activity, status, problem) = await ActivityRequest.ReadAsync(request, cancellationToken);
        if (activity is null)
        {
            return Refuse(status, problem!);
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return Refuse(StatusCodes.Status400BadRequest, "An activity needs a serviceUrl, a channelId and a conversation id.");
        }

        var outcome = await authenticator.AuthenticateAsync(request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity.ChannelId, activity.ServiceUrl, cancellationToken);
        if (!outcome.Succeeded)
        {
            logger.LogWarning("Refused an activity on {ChannelId}: {Failure}", activity.ChannelId, outcome.Failure);
            return Refuse(StatusCodes.Status401Unauthorized, "The request is not authenticated for this bot.");
        }

        if (!KnownTypes.Contains(activity.Type!))
        {
            return TypedResults.Ok();
        }

        // expectReplies answers in the response; everything else goes through the
        // outbox and reaches the serviceUrl after the turn commits.
        var expectReplies = string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.Ordinal);
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        var turn = await pipeline.RunAsync(activity, returnReplies: expectReplies, cancellationToken);
        if (isInvoke)
        {
            return turn.InvokeResponse is { } invoke
                ? Results.Json(invoke.Body, ActivityJson.Options, statusCode: invoke.Status)
                : TypedResults.StatusCode(StatusCodes.Status501NotImplemented);
        }

        return expectReplies ? Results.Json(new { activities = turn.Replies }, ActivityJson.Options) : TypedResults.Ok();
    }

    private static ProblemHttpResult Refuse(int status, string detail) => TypedResults.Problem(detail, statusCode: status);
}
