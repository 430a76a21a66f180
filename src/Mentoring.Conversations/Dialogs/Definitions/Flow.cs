namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>A flow: a name and its steps, from one file of <c>flows/</c>.</summary>
internal sealed record Flow(string Name, string File, int Line, IReadOnlyList<Step> Steps);
