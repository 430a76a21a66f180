namespace Mentoring.Conversations.Dialogs.Definitions;

internal enum CommandKind
{
    /// <summary>Ask the previous question of the current flow again.</summary>
    Back,

    /// <summary>Drop everything going on and go back to the menu.</summary>
    Cancel,

    /// <summary>Start a flow.</summary>
    Flow,
}
