namespace Mentoring.Conversations.Dialogs;

/// <summary>A field of the conversation's values; with a <see cref="Kind"/>, only questions of that kind may store into it.</summary>
public sealed record DialogField(string Name, DialogFieldKind Kind = DialogFieldKind.Any);
