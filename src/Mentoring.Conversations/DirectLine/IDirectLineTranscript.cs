using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.DirectLine;

/// <summary>
/// A Direct Line conversation's activities in order, read by polling clients with a watermark:
/// the person's own messages and the bot's answers. The host keeps it (in its database).
/// </summary>
public interface IDirectLineTranscript
{
    /// <summary>Creates the conversation; false if it exists already (so only one of two racing starts creates it).</summary>
    Task<bool> StartAsync(string conversationId, CancellationToken cancellationToken);

    Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the activity after every earlier one and gives it its id, <c>{conversationId}|{sequence}</c>;
    /// null when there is no such conversation.
    /// </summary>
    Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/>, and the watermark to poll from next.</summary>
    Task<(IReadOnlyList<Activity> Activities, long Watermark)> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken);
}
