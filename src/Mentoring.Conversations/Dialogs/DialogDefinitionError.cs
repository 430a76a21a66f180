namespace Mentoring.Conversations.Dialogs;

/// <summary>One problem in the <c>dialogs/</c> folder: the file, the line (0 when it is about the whole file) and what is wrong.</summary>
public sealed record DialogDefinitionError(string File, int Line, string Problem)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Problem}" : $"{File}: {Problem}";
}
