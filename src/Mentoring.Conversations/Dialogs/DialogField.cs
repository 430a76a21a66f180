namespace Mentoring.Conversations.Dialogs;

/// <summary>A field of the conversation's values; with a <see cref="Kind"/>, only questions of that kind may store into it.</summary>
public sealed record DialogField(string Name, DialogFieldKind Kind = DialogFieldKind.Any)
{
    /// <summary>
    /// For a field an action fills (the other person's sector in a proposal, say): read it in texts
    /// as this other field reads, with the option texts of the questions that store into that one.
    /// </summary>
    public string? ReadsAs { get; init; }
}
