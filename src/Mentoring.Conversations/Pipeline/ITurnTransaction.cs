using System.Text.Json.Nodes;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Pipeline;

/// <summary>One turn's unit of work. Nothing it holds is visible to anyone before <see cref="CommitAsync"/>.</summary>
public interface ITurnTransaction : IAsyncDisposable
{
    /// <summary>The conversation's state as the last committed turn left it (empty for a new conversation).</summary>
    JsonObject State { get; }

    /// <summary>Services scoped to this turn; what the bot writes through them commits with the turn.</summary>
    IServiceProvider Services { get; }

    /// <summary>
    /// Stores, all at once: the incoming message's id (so a retry of it never runs again), the new
    /// state, and <paramref name="replies"/> in the outbox; then hands the replies to delivery.
    /// Throws <see cref="TurnConflictException"/> when the message was taken in already or another
    /// turn of the conversation committed first; nothing is stored then.
    /// </summary>
    Task CommitAsync(JsonObject state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken);
}
