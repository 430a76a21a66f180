using System.Text.Json.Nodes;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Bot;

/// <summary>One turn: the activity that arrived, the conversation's state, and what the bot answers.</summary>
public interface ITurnContext
{
    Activity Activity { get; }

    /// <summary>What the person's channel can show (buttons or only text).</summary>
    ChannelCapabilities Capabilities { get; }

    /// <summary>
    /// The conversation's state: loaded once before the turn and saved once after it, in the same
    /// transaction as the replies. A turn that loses a race with another turn of the same
    /// conversation runs again on fresh state, so the bot changes nothing outside it and
    /// <see cref="Services"/>.
    /// </summary>
    JsonObject State { get; }

    /// <summary>The turn's services: what the bot writes through them commits with the turn.</summary>
    IServiceProvider Services { get; }

    /// <summary>The answers so far, in order. They are delivered after the turn, never during it.</summary>
    IReadOnlyList<Activity> Replies { get; }

    /// <summary>The status and body an <c>invoke</c> activity answers with; 501 if the bot sets none.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>
    /// Queues an answer; addressing fields left empty are filled as a reply to <see cref="Activity"/>.
    /// A text longer than the channel takes (<see cref="ChannelCapabilities.MaxMessageLength"/>)
    /// becomes several answers in order, cut at paragraphs, lines or words.
    /// </summary>
    void Send(Activity activity);
}
