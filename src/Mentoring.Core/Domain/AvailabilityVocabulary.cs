using System.Globalization;
using System.Text;

namespace Mentoring.Core.Domain;

/// <summary>
/// The words one language uses for days and parts of the day, so that a person can answer
/// "mon tue evening" or "weekends" in one message. Each language's words come from its texts in
/// <c>dialogs/</c>; English is built in because it is the language the code is written in.
/// </summary>
public sealed class AvailabilityVocabulary
{
    private readonly Dictionary<string, DayOfWeek[]> days = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PartOfDay[]> parts = new(StringComparer.Ordinal);

    public static AvailabilityVocabulary English { get; } = CreateEnglish();

    public AvailabilityVocabulary AddDays(string word, params DayOfWeek[] meaning)
    {
        days[Fold(word)] = meaning;
        return this;
    }

    public AvailabilityVocabulary AddParts(string word, params PartOfDay[] meaning)
    {
        parts[Fold(word)] = meaning;
        return this;
    }

    /// <summary>
    /// Reads a free answer. Days followed by parts form a group ("mon tue evening"); days alone
    /// mean the whole day; parts alone mean every day. Words it does not know ("and", "on", commas)
    /// are skipped, but an answer with no known word at all is not understood.
    /// </summary>
    public bool TryParse(string? answer, out WeeklyAvailability availability)
    {
        availability = WeeklyAvailability.None;
        if (string.IsNullOrWhiteSpace(answer))
        {
            return false;
        }

        var pendingDays = new List<DayOfWeek>();
        var lastWasPart = false;
        var understood = false;
        foreach (var word in Words(answer))
        {
            if (days.TryGetValue(word, out var dayMeaning))
            {
                if (lastWasPart)
                {
                    pendingDays.Clear();
                }

                pendingDays.AddRange(dayMeaning);
                lastWasPart = false;
                understood = true;
            }
            else if (parts.TryGetValue(word, out var partMeaning))
            {
                IEnumerable<DayOfWeek> groupDays = pendingDays.Count > 0 ? pendingDays : WeeklyAvailability.Days;
                foreach (var day in groupDays)
                {
                    foreach (var part in partMeaning)
                    {
                        availability = availability.With(day, part);
                    }
                }

                lastWasPart = true;
                understood = true;
            }
        }

        if (!lastWasPart)
        {
            foreach (var day in pendingDays)
            {
                foreach (var part in Enum.GetValues<PartOfDay>())
                {
                    availability = availability.With(day, part);
                }
            }
        }

        return understood && !availability.IsEmpty;
    }

    /// <summary>Lower case without diacritics, so "Mittwoch", "mittwoch" and "MITTWOCH" meet.</summary>
    internal static string Fold(string word)
    {
        var decomposed = word.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static IEnumerable<string> Words(string answer)
    {
        var word = new StringBuilder();
        foreach (var c in answer)
        {
            if (IsWordCharacter(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return Fold(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            yield return Fold(word.ToString());
        }
    }

    /// <summary>
    /// Letters and marks, and what joins letters inside one word: apostrophes (Ukrainian
    /// "п'ятниця") and the zero-width (non-)joiner (Persian "سه‌شنبه", which split would read as Saturday).
    /// </summary>
    private static bool IsWordCharacter(char c) =>
        char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
        || c is '\'' or '\u2019' or '\u02BC' or '\u200C' or '\u200D';

    private static AvailabilityVocabulary CreateEnglish()
    {
        var vocabulary = new AvailabilityVocabulary();
        string[][] dayWords =
        [
            ["mon", "monday", "mondays"], ["tue", "tues", "tuesday", "tuesdays"],
            ["wed", "wednesday", "wednesdays"], ["thu", "thur", "thurs", "thursday", "thursdays"],
            ["fri", "friday", "fridays"], ["sat", "saturday", "saturdays"], ["sun", "sunday", "sundays"],
        ];
        for (var i = 0; i < 7; i++)
        {
            foreach (var word in dayWords[i])
            {
                vocabulary.AddDays(word, WeeklyAvailability.Days[i]);
            }
        }

        var weekdays = WeeklyAvailability.Days.Take(5).ToArray();
        var weekend = WeeklyAvailability.Days.Skip(5).ToArray();
        vocabulary.AddDays("weekdays", weekdays).AddDays("weekday", weekdays)
            .AddDays("weekend", weekend).AddDays("weekends", weekend)
            .AddDays("daily", [.. WeeklyAvailability.Days]).AddDays("everyday", [.. WeeklyAvailability.Days]);
        vocabulary.AddParts("morning", PartOfDay.Morning).AddParts("mornings", PartOfDay.Morning)
            .AddParts("afternoon", PartOfDay.Afternoon).AddParts("afternoons", PartOfDay.Afternoon)
            .AddParts("evening", PartOfDay.Evening).AddParts("evenings", PartOfDay.Evening)
            .AddParts("anytime", Enum.GetValues<PartOfDay>());
        return vocabulary;
    }
}
