namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>
/// The runtime's own keys for a test locale file: short texts, so that assertions read easily
/// ("de: yes or no?"), with each language's number words and English day words.
/// </summary>
public static class TestTexts
{
    private static readonly Dictionary<string, string> Numbers = new()
    {
        ["en"] = "one, two, three, four, five, six, seven, eight, nine, ten",
        ["de"] = "eins, zwei, drei, vier, fünf, sechs, sieben, acht, neun, zehn",
        ["ar"] = "واحد, اثنان, ثلاثة, أربعة, خمسة, ستة, سبعة, ثمانية, تسعة, عشرة",
    };

    public static string Runtime(string language)
    {
        var prefix = language == "en" ? string.Empty : language + ": ";
        var numbers = Numbers[language].Split(", ");
        var numberLines = string.Concat(numbers.Select((word, i) => $"dialog.number.{i + 1}: [{word}]\n"));
        return $"""
            dialog.yes: "{prefix}Yes"
            dialog.yes.synonyms: [yeah, ok]
            dialog.no: "{prefix}No"
            dialog.no.synonyms: [nope]
            dialog.comma: ","
            dialog.semicolon: ";"
            dialog.cancelled: "{prefix}cancelled"
            dialog.stuck: "{prefix}stuck"
            dialog.retry.text: "{prefix}write some words"
            dialog.retry.too-long: "{prefix}at most {"{max}"}"
            dialog.retry.choice: "{prefix}choose one:"
            dialog.retry.many: "{prefix}choose some:"
            dialog.retry.confirm: "{prefix}yes or no?"
            dialog.retry.number: "{prefix}a number from {"{min}"} to {"{max}"}"
            dialog.retry.availability: "{prefix}days and times?"
            dialog.media-only: "{prefix}text only"
            dialog.word-prefixes: []
            dialog.days.mon: [Monday, mon]
            dialog.days.tue: [Tuesday, tue]
            dialog.days.wed: [Wednesday, wed]
            dialog.days.thu: [Thursday, thu]
            dialog.days.fri: [Friday, fri]
            dialog.days.sat: [Saturday, sat]
            dialog.days.sun: [Sunday, sun]
            dialog.days.weekdays: [weekdays]
            dialog.days.weekend: [weekend]
            dialog.days.every-day: [every day]
            dialog.days.through: [to]
            dialog.times.morning: [morning, mornings]
            dialog.times.afternoon: [afternoon]
            dialog.times.evening: [evening, evenings]
            dialog.times.any-time: [any time]

            """ + numberLines;
    }
}
