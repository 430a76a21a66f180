using Mentoring.Conversations.Dialogs.Recognition;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>The texts and word lists the runtime itself uses: every locale file must have them.</summary>
internal static class RuntimeTexts
{
    public const string Yes = "dialog.yes";
    public const string No = "dialog.no";
    public const string Comma = "dialog.comma";
    public const string Semicolon = "dialog.semicolon";
    public const string Cancelled = "dialog.cancelled";
    public const string Stuck = "dialog.stuck";
    public const string RetryText = "dialog.retry.text";
    public const string RetryTooLong = "dialog.retry.too-long";
    public const string RetryChoice = "dialog.retry.choice";
    public const string RetryMany = "dialog.retry.many";
    public const string RetryConfirm = "dialog.retry.confirm";
    public const string RetryNumber = "dialog.retry.number";
    public const string RetryAvailability = "dialog.retry.availability";

    /// <summary>Said to a message with a picture, voice note or file and no words: only text is read.</summary>
    public const string MediaOnly = "dialog.media-only";

    /// <summary>Letters the language glues to the front of words (Arabic و, "and"); may be an empty list.</summary>
    public const string WordPrefixes = "dialog.word-prefixes";

    /// <summary>Suffix of the optional word list that picks an option besides its text.</summary>
    public const string SynonymsSuffix = ".synonyms";

    /// <summary>Number words go up to ten; bigger numbers are written in digits anyway.</summary>
    public const int NumberWordCount = 10;

    /// <summary>The placeholders the runtime fills in besides fields.</summary>
    public const string Min = "min";
    public const string Max = "max";

    /// <summary>Texts, with the placeholders the runtime fills in (besides fields).</summary>
    public static readonly IReadOnlyList<(string Key, string[] Parameters)> Texts =
    [
        (Yes, []), (No, []), (Comma, []), (Semicolon, []), (Cancelled, []), (Stuck, []), (RetryText, []), (RetryTooLong, [Max]),
        (RetryChoice, []), (RetryMany, []), (RetryConfirm, []), (RetryNumber, [Min, Max]), (RetryAvailability, []), (MediaOnly, []),
    ];

    public static readonly IReadOnlyList<string> Words =
        [WordPrefixes, .. Enumerable.Range(1, NumberWordCount).Select(NumberKey), .. AvailabilityVocabulary.Keys.Select(k => k.Key)];

    public static string NumberKey(int number) => $"dialog.number.{number}";

    public static string CommandKey(string command) => $"command.{command}";
}
