namespace Mentoring.Conversations.Pipeline;

/// <summary>A turn that could not commit, and nothing of it was stored.</summary>
public sealed class TurnConflictException(TurnConflict conflict, Exception? innerException = null)
    : Exception($"The turn was not stored: {conflict}.", innerException)
{
    public TurnConflict Conflict { get; } = conflict;
}
