using System.Text.Json.Nodes;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Bot;

public sealed class TurnContext(Activity activity, JsonObject state, IServiceProvider services) : ITurnContext
{
    private readonly List<Activity> replies = [];

    public Activity Activity { get; } = activity;

    public ChannelCapabilities Capabilities { get; } = ChannelCapabilities.For(activity.ChannelId);

    public JsonObject State { get; } = state;

    public IServiceProvider Services { get; } = services;

    public IReadOnlyList<Activity> Replies => replies;

    public InvokeResponse? InvokeResponse { get; set; }

    public void Send(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reply = Activity.CreateReply();
        activity.Type ??= reply.Type;
        activity.ChannelId ??= reply.ChannelId;
        activity.ServiceUrl ??= reply.ServiceUrl;
        activity.From ??= reply.From;
        activity.Recipient ??= reply.Recipient;
        activity.Conversation ??= reply.Conversation;
        activity.ReplyToId ??= reply.ReplyToId;
        activity.Locale ??= reply.Locale;
        if (Capabilities.MaxMessageLength is { } max && activity.Text?.Length > max)
        {
            AddInParts(activity, max);
        }
        else
        {
            replies.Add(activity);
        }
    }

    /// <summary>
    /// A text longer than the channel takes goes out as several messages in order; buttons,
    /// attachments and channel data stay on the last one, under the text they belong to.
    /// </summary>
    private void AddInParts(Activity activity, int maxLength)
    {
        var parts = MessageText.Split(activity.Text!, maxLength);
        for (var i = 0; i < parts.Count - 1; i++)
        {
            replies.Add(new Activity
            {
                Type = activity.Type,
                ChannelId = activity.ChannelId,
                ServiceUrl = activity.ServiceUrl,
                From = activity.From,
                Recipient = activity.Recipient,
                Conversation = activity.Conversation,
                ReplyToId = activity.ReplyToId,
                Locale = activity.Locale,
                TextFormat = activity.TextFormat,
                Text = parts[i],
            });
        }

        activity.Text = parts[^1];
        replies.Add(activity);
    }
}
