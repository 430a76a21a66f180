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
        replies.Add(activity);
    }
}
