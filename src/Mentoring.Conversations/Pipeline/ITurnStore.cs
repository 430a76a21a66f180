using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Pipeline;

/// <summary>
/// Where turns are kept: the conversation's state, the messages already taken in, the outbox.
/// The kernel knows no database; the host gives it one.
/// </summary>
public interface ITurnStore
{
    /// <summary>
    /// Opens one turn's unit of work: the conversation's state as it is now, and the turn's services.
    /// May throw <see cref="TurnConflictException"/> with <see cref="TurnConflict.Duplicate"/> for a message it has seen.
    /// </summary>
    Task<ITurnTransaction> BeginAsync(Activity activity, CancellationToken cancellationToken);
}
