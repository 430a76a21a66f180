using System.Numerics;

namespace Mentoring.Conversations.Dialogs.Recognition;

/// <summary>
/// Which of a question's options an answer picks: by number ("2", "٢", "two"), or by the
/// option's text or a synonym anywhere in the answer ("2 please", "I want mentor"). Words that
/// name nothing are ignored; a number that names no option makes the answer not understood.
/// </summary>
internal static class ChoiceRecognizer
{
    /// <summary>The most options a question may have: the answer is kept as a bit mask.</summary>
    public const int MaxOptions = 64;

    /// <summary>
    /// The options picked, as a bit mask (bit 0 = the first option); 0 when the answer is not
    /// understood. With <paramref name="many"/> false, an answer naming two options is ambiguous: 0.
    /// </summary>
    public static ulong Recognize(NormalizedText answer, LocalizedOptions options, PhraseIndex<int> numberWords, bool many)
    {
        var chosen = 0UL;
        for (var token = 0; token < answer.TokenCount;)
        {
            if (options.Phrases.TryMatchAt(answer, token, out var option, out var count))
            {
                chosen |= 1UL << option;
            }
            else if (NumberReader.TryReadAt(answer, token, numberWords, out var number, out count))
            {
                if (number < 1 || number > options.Titles.Count)
                {
                    return 0;
                }

                chosen |= 1UL << (number - 1);
            }
            else
            {
                count = 1;
            }

            token += count;
        }

        return many || BitOperations.PopCount(chosen) == 1 ? chosen : 0;
    }
}
