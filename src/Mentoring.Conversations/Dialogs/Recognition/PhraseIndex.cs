namespace Mentoring.Conversations.Dialogs.Recognition;

/// <summary>
/// Phrases of one or more words, each with a meaning, found in a message by longest match: in
/// "find a mentor" the phrase "find a mentor" wins over "mentor". A phrase not found as written is
/// tried without a prefix its language glues to words (Arabic و "and": "والخميس" is "الخميس").
/// Filled while the catalog loads and only read afterwards, so it is shared by every turn;
/// lookups do not allocate.
/// </summary>
internal sealed class PhraseIndex<T>(IReadOnlyList<string> prefixes)
{
    private readonly Dictionary<string, T> phrases = new(StringComparer.Ordinal);
    private int maxTokens;

    public PhraseIndex()
        : this([])
    {
    }

    /// <summary>
    /// Adds a phrase (normalised here). False when it normalises to nothing, or when it already
    /// means something else: then <paramref name="existing"/> is that other meaning.
    /// </summary>
    public bool TryAdd(string phrase, T value, out T existing)
    {
        var normalized = NormalizedText.From(phrase);
        existing = value;
        if (normalized.IsEmpty)
        {
            return false;
        }

        if (phrases.TryGetValue(normalized.Text, out var known))
        {
            existing = known;
            return EqualityComparer<T>.Default.Equals(known, value);
        }

        phrases.Add(normalized.Text, value);
        maxTokens = Math.Max(maxTokens, normalized.TokenCount);
        return true;
    }

    /// <summary>The whole message as one phrase.</summary>
    public bool TryGetWhole(NormalizedText text, out T value) => phrases.TryGetValue(text.Text, out value!);

    /// <summary>The longest phrase that starts at word <paramref name="token"/>.</summary>
    public bool TryMatchAt(NormalizedText text, int token, out T value, out int tokenCount)
    {
        var lookup = phrases.GetAlternateLookup<ReadOnlySpan<char>>();
        for (tokenCount = Math.Min(maxTokens, text.TokenCount - token); tokenCount > 0; tokenCount--)
        {
            var phrase = text.Tokens(token, tokenCount);
            if (lookup.TryGetValue(phrase, out value!))
            {
                return true;
            }

            foreach (var prefix in prefixes)
            {
                if (phrase.Length > prefix.Length && phrase.StartsWith(prefix, StringComparison.Ordinal) && phrase[prefix.Length] != ' '
                    && lookup.TryGetValue(phrase[prefix.Length..], out value!))
                {
                    return true;
                }
            }
        }

        value = default!;
        return false;
    }
}
