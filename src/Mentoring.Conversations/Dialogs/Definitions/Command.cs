namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>
/// A word that works at any point, in every language. <see cref="Clear"/> drops what was going on
/// before the flow starts; without it the flow runs on top and the pending question comes back.
/// </summary>
internal sealed record Command(string Name, int Line, CommandKind Kind, string? Flow, bool Clear);
