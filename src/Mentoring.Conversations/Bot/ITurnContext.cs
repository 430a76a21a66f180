using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Bot;

/// <summary>One turn: the activity that arrived, and what the bot answers.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>What the person's channel can show (buttons or only text).</summary>
    ChannelCapabilities Capabilities { get; }

    /// <summary>The answers so far, in order. They are delivered after the turn, never during it.</summary>
    IReadOnlyList<Activity> Replies { get; }

    /// <summary>The status and body an <c>invoke</c> activity answers with; 501 if the bot sets none.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>Queues an answer; addressing fields left empty are filled as a reply to <see cref="Activity"/>.</summary>
    void Send(Activity activity);
}
