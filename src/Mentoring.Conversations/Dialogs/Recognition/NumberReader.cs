using System.Globalization;

namespace Mentoring.Conversations.Dialogs.Recognition;

/// <summary>Numbers in an answer: digits of any script (normalised to ASCII) or the language's number words.</summary>
internal static class NumberReader
{
    /// <summary>The number at word <paramref name="token"/>. Digits too long for an int read as <see cref="int.MaxValue"/>: out of every range.</summary>
    public static bool TryReadAt(NormalizedText text, int token, PhraseIndex<int> words, out int value, out int tokenCount)
    {
        var word = text.Tokens(token, 1);
        // Normalised, a word is all digits or has none.
        if (char.IsAsciiDigit(word[0]))
        {
            tokenCount = 1;
            value = int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : int.MaxValue;
            return true;
        }

        return words.TryMatchAt(text, token, out value, out tokenCount);
    }

    /// <summary>The one number in an answer ("3", "3 please", "three"); null when there is none, or several different ones.</summary>
    public static int? ReadSingle(NormalizedText text, PhraseIndex<int> words)
    {
        int? found = null;
        for (var token = 0; token < text.TokenCount;)
        {
            if (!TryReadAt(text, token, words, out var value, out var count))
            {
                token++;
                continue;
            }

            if (found is { } other && other != value)
            {
                return null;
            }

            found = value;
            token += count;
        }

        return found;
    }
}
