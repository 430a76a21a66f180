namespace Mentoring.Conversations.Dialogs.Definitions;

internal enum TextUseKind
{
    /// <summary>A text a person reads, with placeholders.</summary>
    Text,

    /// <summary>An option's title: it is also what the person answers, so it has no placeholders.</summary>
    Option,

    /// <summary>A list of words.</summary>
    Words,
}
