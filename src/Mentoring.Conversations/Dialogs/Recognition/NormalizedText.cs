using System.Globalization;
using System.Text;

namespace Mentoring.Conversations.Dialogs.Recognition;

/// <summary>
/// A message or a vocabulary word reduced to what a person means by it: lower case, without
/// diacritics (also Arabic harakat and tatweel), every script's digits as ASCII digits, words
/// separated by one space, punctuation gone, digits apart from letters ("2nd" is "2 nd", and
/// Arabic "و١", "and 1", is "و 1"). Vocabulary and answers go through the same
/// reduction, so whatever it does to one it does to the other.
/// </summary>
internal sealed class NormalizedText
{
    /// <summary>Longer messages are cut here: no answer to a question is this long, and the cost stays bounded.</summary>
    private const int MaxLength = 4000;

    private readonly int[] starts;
    private readonly int[] ends;

    private NormalizedText(string text, int[] starts, int[] ends)
    {
        Text = text;
        this.starts = starts;
        this.ends = ends;
    }

    public static NormalizedText Empty { get; } = new(string.Empty, [], []);

    /// <summary>The words joined by single spaces.</summary>
    public string Text { get; }

    public int TokenCount => starts.Length;

    public bool IsEmpty => starts.Length == 0;

    public static NormalizedText From(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
        {
            return Empty;
        }

        var decomposed = WithoutLoneSurrogates(raw.Length > MaxLength ? raw[..MaxLength] : raw).Normalize(NormalizationForm.FormD);
        var text = new StringBuilder(decomposed.Length);
        var starts = new List<int>();
        var ends = new List<int>();
        var inWord = false;
        var inDigits = false;
        foreach (var c in decomposed)
        {
            if (IsInvisible(c))
            {
                continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                var isDigit = char.IsDigit(c);
                if (!inWord || isDigit != inDigits)
                {
                    StartWord(text, starts, ends);
                    (inWord, inDigits) = (true, isDigit);
                }

                AppendFolded(text, c);
                continue;
            }

            inWord = false;

            // A dash is a word of its own, so "Mon-Fri" can read as a range of days.
            if (c is '-' or '\u2013' or '\u2014')
            {
                StartWord(text, starts, ends);
                text.Append('-');
            }
        }

        if (starts.Count > 0)
        {
            ends.Add(text.Length);
        }

        return starts.Count == 0 ? Empty : new NormalizedText(text.ToString(), [.. starts], [.. ends]);
    }

    public ReadOnlySpan<char> Tokens(int first, int count) => Text.AsSpan(starts[first], ends[first + count - 1] - starts[first]);

    private static void StartWord(StringBuilder text, List<int> starts, List<int> ends)
    {
        if (starts.Count > 0)
        {
            ends.Add(text.Length);
            text.Append(' ');
        }

        starts.Add(text.Length);
    }

    private static bool IsInvisible(char c) =>
        c == '\u0640' // Arabic tatweel only stretches a word.
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format;

    private static void AppendFolded(StringBuilder text, char c)
    {
        if (char.IsDigit(c))
        {
            text.Append((char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)));
            return;
        }

        // Letters people write interchangeably in Arabic (ى/ي, ة/ه) and German (ß/ss).
        switch (char.ToLowerInvariant(c))
        {
            case '\u0649':
                text.Append('\u064A');
                break;
            case '\u0629':
                text.Append('\u0647');
                break;
            case 'ß':
                text.Append("ss");
                break;
            case var lower:
                text.Append(lower);
                break;
        }
    }

    /// <summary>A broken client can send half a surrogate pair; normalisation would throw on it.</summary>
    private static string WithoutLoneSurrogates(string raw)
    {
        var builder = default(StringBuilder);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(raw[i - 1]));
            if (!paired)
            {
                builder ??= new StringBuilder(raw, 0, i, raw.Length);
                builder.Append(' ');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? raw;
    }
}
