using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Bot;

public sealed class TurnContext(Activity activity) : ITurnContext
{
    private readonly List<Activity> replies = [];

    public Activity Activity { get; } = activity;

    public ChannelCapabilities Capabilities { get; } = ChannelCapabilities.For(activity.ChannelId);

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
