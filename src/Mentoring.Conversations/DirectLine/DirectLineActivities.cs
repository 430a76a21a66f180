using System.Text.RegularExpressions;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;
using Microsoft.AspNetCore.Http;

namespace Mentoring.Conversations.DirectLine;

/// <summary>Reading what a Direct Line client posts, and addressing it as the channel's own.</summary>
internal static partial class DirectLineActivities
{
    /// <summary>The posted activity, or Direct Line's answer to a body that is not one.</summary>
    public static async Task<(Activity? Activity, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (activity, status, problem) = await ActivityRequest.ReadAsync(request, cancellationToken);
        return activity is not null ? (activity, null)
            : status == StatusCodes.Status413PayloadTooLarge ? (null, DirectLineProblem.TooLarge(problem!))
            : (null, DirectLineProblem.BadArgument(problem!));
    }

    /// <summary>
    /// The channel, not the client, says which channel, conversation and bot this is; the user is
    /// the token's when it names one. Everything else (text, locale, channelData with its
    /// clientActivityID) stays as the client sent it.
    /// </summary>
    public static IResult? Prepare(Activity activity, string conversationId, string? userId, DateTimeOffset now)
    {
        var fromId = userId ?? activity.From?.Id;
        if (string.IsNullOrWhiteSpace(fromId))
        {
            return DirectLineProblem.BadArgument("An activity needs from.id when the token names no user.");
        }

        activity.From = new ChannelAccount { Id = fromId, Name = activity.From?.Name, Role = "user" };
        activity.ChannelId = DirectLineChannel.ChannelId;
        activity.ServiceUrl = DirectLineChannel.ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = conversationId };
        activity.Recipient = DirectLineChannel.Bot;
        activity.Timestamp = now;
        activity.Id = null;
        return null;
    }

    /// <summary>Typing and the like are shown to the other side but are no turn for the bot.</summary>
    public static bool RunsATurn(Activity activity) =>
        activity.Type is ActivityTypes.Message or ActivityTypes.Event or ActivityTypes.Invoke;

    public static Activity Joined(string conversationId, string userId, string? locale, DateTimeOffset now) => new()
    {
        Locale = IsLocale(locale) ? locale : null,
        Type = ActivityTypes.ConversationUpdate,
        ChannelId = DirectLineChannel.ChannelId,
        ServiceUrl = DirectLineChannel.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId },
        From = new ChannelAccount { Id = userId, Role = "user" },
        Recipient = DirectLineChannel.Bot,
        MembersAdded = [new ChannelAccount { Id = userId, Role = "user" }],
        Timestamp = now,
    };

    // A language tag such as "ar" or "de-CH"; anything else is ignored, so a made-up value never
    // reaches the dialogs (which fall back to the default language for tags they do not know).
    private static bool IsLocale(string? locale) => locale is not null && LanguageTag().IsMatch(locale);

    [GeneratedRegex("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8}){0,3}$")]
    private static partial Regex LanguageTag();
}
