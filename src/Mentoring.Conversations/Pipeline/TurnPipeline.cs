using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;
using Microsoft.Extensions.Logging;

namespace Mentoring.Conversations.Pipeline;

/// <summary>
/// The way every channel runs a turn: one at a time per conversation, state loaded and saved once,
/// the replies committed to the outbox with the state and delivered after the commit. A message a
/// channel delivers twice runs one turn; a turn that loses a race runs again on fresh state.
/// </summary>
public sealed partial class TurnPipeline(ITurnStore store, IBot bot, ConversationLocks locks, IEnumerable<ITurnMiddleware> middleware, ILogger<TurnPipeline> logger)
{
    private readonly ITurnMiddleware[] middleware = [.. middleware];

    /// <summary>Races need another host writing the same conversation at the same moment; a few tries settle them.</summary>
    internal const int MaxAttempts = 5;

    /// <summary>
    /// Runs the bot for <paramref name="activity"/>. With <paramref name="returnReplies"/> (an
    /// invoke, or <c>expectReplies</c>) the replies come back to the caller instead of the outbox.
    /// </summary>
    public async Task<TurnResult> RunAsync(Activity activity, bool returnReplies, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(activity.ChannelId) || string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            throw new ArgumentException("A turn needs a channel id and a conversation id.", nameof(activity));
        }

        using var turnLock = await locks.AcquireAsync(activity.ChannelId + "\n" + activity.Conversation.Id, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(activity, returnReplies, cancellationToken);
            }
            catch (TurnConflictException e) when (e.Conflict == TurnConflict.Duplicate)
            {
                LogDuplicate(logger, activity.ChannelId, activity.Id);
                return TurnResult.Duplicate;
            }
            catch (TurnConflictException e) when (attempt < MaxAttempts)
            {
                LogRetry(logger, activity.ChannelId, attempt, e.Conflict);
            }
        }
    }

    private async Task<TurnResult> RunOnceAsync(Activity activity, bool returnReplies, CancellationToken cancellationToken)
    {
        await using var transaction = await store.BeginAsync(activity, cancellationToken);
        var turn = new TurnContext(activity, transaction.State, transaction.Services);
        await RunFromAsync(0, turn, cancellationToken);
        await transaction.CommitAsync(turn.State, returnReplies ? [] : turn.Replies, cancellationToken);
        return new TurnResult(false, turn.Replies, turn.InvokeResponse);
    }

    private Task RunFromAsync(int index, ITurnContext turn, CancellationToken cancellationToken) =>
        index < middleware.Length
            ? middleware[index].OnTurnAsync(turn, next => RunFromAsync(index + 1, turn, next), cancellationToken)
            : bot.OnTurnAsync(turn, cancellationToken);

    [LoggerMessage(LogLevel.Information, "Dropped a message on {ChannelId} taken in before ({MessageId}).")]
    private static partial void LogDuplicate(ILogger logger, string channelId, string? messageId);

    [LoggerMessage(LogLevel.Information, "A turn on {ChannelId} raced another one (attempt {Attempt}, {Conflict}); running it again.")]
    private static partial void LogRetry(ILogger logger, string channelId, int attempt, TurnConflict conflict);
}
