namespace Mentoring.Conversations.Dialogs;

/// <summary>What a field holds, and so which questions may store into it.</summary>
public enum DialogFieldKind
{
    /// <summary>Anything: not checked.</summary>
    Any,

    /// <summary>Text: <c>ask-text</c>, or the value of the option chosen in <c>ask-choice</c>.</summary>
    Text,

    /// <summary>A whole number: <c>ask-number</c>.</summary>
    Number,

    /// <summary>True or false: <c>ask-confirm</c>.</summary>
    YesNo,

    /// <summary>The values of the options chosen in <c>ask-many</c>.</summary>
    List,

    /// <summary>The canonical weekly availability, such as <c>mon:morning+evening tue:evening</c>: <c>ask-availability</c>.</summary>
    Availability,
}
