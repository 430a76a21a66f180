namespace Mentoring.Conversations.Pipeline;

public enum TurnConflict
{
    /// <summary>The incoming message was taken in before (a channel's retry): the turn is dropped.</summary>
    Duplicate,

    /// <summary>Another turn of the conversation committed first: the turn runs again on fresh state.</summary>
    StateChanged,
}
