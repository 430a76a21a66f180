using System.Globalization;
using Mentoring.Conversations.Pipeline;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mentoring.Conversations.Twilio;

/// <summary>
/// Twilio's webhooks: incoming SMS and WhatsApp messages, and status callbacks for the messages
/// the service sent. Both prove they come from Twilio by the account's signature; a request
/// without it gets 403 and changes nothing. Answers go out later through the Messages API, so an
/// incoming message is answered with an empty TwiML document, within Twilio's 15 seconds.
/// </summary>
public static partial class TwilioEndpoints
{
    public const string MessagesPath = Prefix + "/messages";

    /// <summary>Where the sender asks Twilio to post status callbacks, after the public base URL.</summary>
    public const string StatusPath = Prefix + "/status";

    private const string Prefix = "/api/twilio";

    /// <summary>An empty TwiML answer: Twilio logs anything that is not XML as an error, even with 200.</summary>
    private const string EmptyTwiml = "<Response/>";

    public static RouteGroupBuilder MapTwilio(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix);
        group.WithMetadata(new RequestSizeLimitAttribute(TwilioRequest.MaxBodyBytes));
        group.MapPost("/messages", ReceiveAsync);
        group.MapPost("/status", ReportAsync);
        return group;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpRequest request, IOptions<TwilioOptions> options, TurnPipeline pipeline, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TwilioEndpoints));
        var settings = options.Value;
        var (form, problem) = await TwilioRequest.ReadSignedFormAsync(request, settings, logger, cancellationToken);
        if (form is null)
        {
            return problem!;
        }

        var from = TwilioRequest.Field(form, "From");
        if (TwilioRequest.Field(form, "MessageSid") is null || from is null)
        {
            return TypedResults.Problem("A Twilio message needs MessageSid and From.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!TwilioAddress.TryNormalize(from, settings.DefaultRegion, out var number))
        {
            // An alphanumeric sender id (a company's name) cannot be answered: no turn.
            LogNotAPhone(logger, TwilioAddress.Redact(from));
            return Twiml();
        }

        await pipeline.RunAsync(TwilioActivities.Message(form, number, time.GetUtcNow()), returnReplies: false, cancellationToken);
        return Twiml();
    }

    private static async Task<IResult> ReportAsync(
        HttpRequest request, string? delivery, IOptions<TwilioOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TwilioEndpoints));
        var (form, problem) = await TwilioRequest.ReadSignedFormAsync(request, options.Value, logger, cancellationToken);
        if (form is null)
        {
            return problem!;
        }

        if (TwilioRequest.Field(form, "MessageSid") is not { } messageSid || TwilioRequest.Field(form, "MessageStatus") is not { } status)
        {
            return TypedResults.Problem("A status callback needs MessageSid and MessageStatus.", statusCode: StatusCodes.Status400BadRequest);
        }

        int? errorCode = int.TryParse(form["ErrorCode"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var code) ? code : null;
        var sink = request.HttpContext.RequestServices.GetRequiredService<ITwilioStatusSink>();
        await sink.RecordAsync(new TwilioStatusReport(delivery is { Length: > 0 } ? delivery : null, messageSid, status, errorCode), cancellationToken);
        return TypedResults.NoContent();
    }

    private static ContentHttpResult Twiml() => TypedResults.Text(EmptyTwiml, "text/xml");

    [LoggerMessage(LogLevel.Warning, "Ignored a Twilio message from {Sender}: the sender is not a phone number, so it cannot be answered.")]
    private static partial void LogNotAPhone(ILogger logger, string sender);
}
