using Mentoring.Conversations.Dialogs.Recognition;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>
/// One language's texts and words (<c>locales/&lt;language&gt;.yaml</c>), with what recognising
/// answers needs made ready once: number words, yes/no, days and times.
/// </summary>
internal sealed class Locale
{
    public Locale(string language, string file, IReadOnlyDictionary<string, LocaleEntry> entries, DefinitionErrors errors)
    {
        Language = language;
        File = file;
        Entries = entries;
        Prefixes = [.. Words(RuntimeTexts.WordPrefixes).Select(prefix => NormalizedText.From(prefix).Text).Where(prefix => prefix.Length > 0)];
        Numbers = new PhraseIndex<int>(Prefixes);
        Comma = entries.GetValueOrDefault(RuntimeTexts.Comma)?.Text?.Source ?? ",";
        Semicolon = entries.GetValueOrDefault(RuntimeTexts.Semicolon)?.Text?.Source ?? ";";
        for (var number = 1; number <= RuntimeTexts.NumberWordCount; number++)
        {
            foreach (var word in Words(RuntimeTexts.NumberKey(number)))
            {
                if (!Numbers.TryAdd(word, number, out var other) && other != number)
                {
                    errors.Add(file, Line(RuntimeTexts.NumberKey(number)), $"the number word '{word}' also means {other}");
                }
            }
        }

        YesNo = Options([RuntimeTexts.Yes, RuntimeTexts.No], errors);
        Availability = new AvailabilityVocabulary(
            Words,
            Prefixes,
            (key, word, otherKey) => errors.Add(file, Line(key), $"the word '{word}' is also in {otherKey}"));
    }

    public string Language { get; }

    /// <summary>The file's path inside the dialogs folder.</summary>
    public string File { get; }

    public IReadOnlyDictionary<string, LocaleEntry> Entries { get; }

    /// <summary>What the language glues to the front of words, normalised: Arabic و ("and").</summary>
    public IReadOnlyList<string> Prefixes { get; }

    public PhraseIndex<int> Numbers { get; }

    /// <summary>The language's comma, between the items of a list ("،" in Arabic); a space follows it.</summary>
    public string Comma { get; }

    /// <summary>The language's semicolon, between groups of items ("؛" in Arabic).</summary>
    public string Semicolon { get; }

    public LocalizedOptions YesNo { get; }

    public AvailabilityVocabulary Availability { get; }

    /// <summary>A text the checks at load guarantee in every language.</summary>
    public TextTemplate Text(string key) => Entries[key].Text!;

    public IReadOnlyList<string> Words(string key) => Entries.GetValueOrDefault(key)?.Words ?? [];

    public int Line(string key) => Entries.GetValueOrDefault(key)?.Line ?? 0;

    /// <summary>Options whose titles are the texts of <paramref name="textKeys"/>; each picked by its title and its key's synonyms.</summary>
    public LocalizedOptions Options(IReadOnlyList<string> textKeys, DefinitionErrors errors)
    {
        var titles = new string[textKeys.Count];
        var phrases = new PhraseIndex<int>(Prefixes);
        for (var option = 0; option < textKeys.Count; option++)
        {
            var key = textKeys[option];
            titles[option] = Entries.GetValueOrDefault(key)?.Text?.Source ?? key;
            Add(titles[option], option, key);
            foreach (var synonym in Words(key + RuntimeTexts.SynonymsSuffix))
            {
                Add(synonym, option, key + RuntimeTexts.SynonymsSuffix);
            }
        }

        return new LocalizedOptions(titles, phrases);

        void Add(string phrase, int option, string source)
        {
            if (!phrases.TryAdd(phrase, option, out var other) && other != option)
            {
                errors.Add(File, Line(source), $"'{phrase}' would pick both '{textKeys[other]}' and '{textKeys[option]}'");
            }
        }
    }
}
