namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>One key of a locale file: a text (with placeholders) or a list of words.</summary>
internal sealed record LocaleEntry(int Line, TextTemplate? Text, IReadOnlyList<string>? Words);
