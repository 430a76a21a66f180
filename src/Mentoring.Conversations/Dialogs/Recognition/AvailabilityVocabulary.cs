using System.Text;

namespace Mentoring.Conversations.Dialogs.Recognition;

/// <summary>
/// One language's words for days and times of day, from its locale file: what a person may write
/// ("Mo-Fr abends"), and the first word of each list, which is how the bot writes it back.
/// </summary>
internal sealed class AvailabilityVocabulary
{
    /// <summary>The locale keys holding the word lists, and what their words mean.</summary>
    public static readonly IReadOnlyList<(string Key, AvailabilityWord Meaning)> Keys =
    [
        ("dialog.days.mon", Days(1 << 0)), ("dialog.days.tue", Days(1 << 1)), ("dialog.days.wed", Days(1 << 2)),
        ("dialog.days.thu", Days(1 << 3)), ("dialog.days.fri", Days(1 << 4)), ("dialog.days.sat", Days(1 << 5)),
        ("dialog.days.sun", Days(1 << 6)), ("dialog.days.weekdays", Days(AvailabilityGrid.Weekdays)),
        ("dialog.days.weekend", Days(AvailabilityGrid.Weekend)), ("dialog.days.every-day", Days(AvailabilityGrid.AllDays)),
        ("dialog.days.through", new(AvailabilityWordKind.Through, 0)),
        ("dialog.times.morning", Parts(1 << 0)), ("dialog.times.afternoon", Parts(1 << 1)),
        ("dialog.times.evening", Parts(1 << 2)), ("dialog.times.any-time", Parts(AvailabilityGrid.AllParts)),
    ];

    private readonly Dictionary<AvailabilityWord, string> display = [];

    /// <param name="wordsOf">The word lists by key; the first word of each is the one the bot writes.</param>
    /// <param name="prefixes">What the language glues to the front of words (see <see cref="PhraseIndex{T}"/>).</param>
    /// <param name="conflict">Told of a word that two keys claim (key, word, the other key).</param>
    public AvailabilityVocabulary(Func<string, IReadOnlyList<string>> wordsOf, IReadOnlyList<string> prefixes, Action<string, string, string> conflict)
    {
        Words = new PhraseIndex<AvailabilityWord>(prefixes);
        Words.TryAdd("-", new(AvailabilityWordKind.Through, 0), out _);
        foreach (var (key, meaning) in Keys)
        {
            var words = wordsOf(key);
            if (words.Count > 0)
            {
                display[meaning] = words[0];
            }

            foreach (var word in words)
            {
                if (!Words.TryAdd(word, meaning, out var other) && other != meaning)
                {
                    conflict(key, word, Keys.First(k => k.Meaning == other).Key);
                }
            }
        }
    }

    public PhraseIndex<AvailabilityWord> Words { get; }

    /// <summary>"Monday, Tuesday evening; weekend any time", in this language with its punctuation.</summary>
    public string Format(int grid, string comma, string semicolon)
    {
        var text = new StringBuilder();
        var done = 0;
        for (var day = 0; day < 7; day++)
        {
            var parts = AvailabilityGrid.PartsOf(grid, day);
            if (parts == 0 || (done & (1 << day)) != 0)
            {
                continue;
            }

            var days = 0;
            for (var other = day; other < 7; other++)
            {
                days |= AvailabilityGrid.PartsOf(grid, other) == parts ? 1 << other : 0;
            }

            done |= days;
            text.Append(text.Length > 0 ? semicolon + " " : string.Empty)
                .Append(Name(days, AvailabilityWordKind.Days, comma)).Append(' ').Append(Name(parts, AvailabilityWordKind.Parts, comma));
        }

        return text.ToString();
    }

    private static AvailabilityWord Days(int mask) => new(AvailabilityWordKind.Days, mask);

    private static AvailabilityWord Parts(int mask) => new(AvailabilityWordKind.Parts, mask);

    /// <summary>A set of days or parts: its own word when it has one ("weekend"), else the single ones listed.</summary>
    private string Name(int mask, AvailabilityWordKind kind, string comma)
    {
        if (display.TryGetValue(new(kind, mask), out var word))
        {
            return word;
        }

        var names = new List<string>();
        for (var bit = 0; bit < 7; bit++)
        {
            if ((mask & (1 << bit)) != 0)
            {
                names.Add(display.GetValueOrDefault(new(kind, 1 << bit), string.Empty));
            }
        }

        return string.Join(comma + " ", names);
    }
}
