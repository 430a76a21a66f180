using Mentoring.Conversations.Dialogs.Recognition;

namespace Mentoring.Conversations.Tests.Dialogs.Recognition;

/// <summary>Availability answers read with the repository's own day and time words.</summary>
public sealed class AvailabilityReaderTests
{
    private const string WeekdayEvenings = "mon:evening tue:evening wed:evening thu:evening fri:evening";
    private const string WeekdayMornings = "mon:morning tue:morning wed:morning thu:morning fri:morning";
    private const string WeekendAllDay = "sat:morning+afternoon+evening sun:morning+afternoon+evening";

    [Theory]
    [InlineData("mon tue evening", "mon:evening tue:evening")]
    [InlineData("Monday and Tuesday evenings", "mon:evening tue:evening")]
    [InlineData("weekdays mornings", WeekdayMornings)]
    [InlineData("Mon-Fri evenings", WeekdayEvenings)]
    [InlineData("monday to friday after work", WeekdayEvenings)]
    [InlineData("evenings on mon and tue", "mon:evening tue:evening")]
    [InlineData("mon evening, sat morning", "mon:evening sat:morning")]
    [InlineData("Tuesday morning and evening", "tue:morning+evening")]
    [InlineData("weekends", WeekendAllDay)]
    [InlineData("Fri-Sun evening", "fri:evening sat:evening sun:evening")]
    [InlineData("WEEKDAYS, EVENINGS!", WeekdayEvenings)]
    public void Read_UnderstandsEnglish(string answer, string expected)
    {
        Assert.Equal(expected, Read("en", answer));
    }

    [Theory]
    [InlineData("Mo Di abends", "mon:evening tue:evening")]
    [InlineData("werktags vormittags", WeekdayMornings)]
    [InlineData("Mo-Fr abends, Sa vormittags", WeekdayEvenings + " sat:morning")]
    [InlineData("montags bis freitags nach der Arbeit", WeekdayEvenings)]
    [InlineData("am Wochenende", WeekendAllDay)]
    [InlineData("Mittwoch nachmittags", "wed:afternoon")]
    public void Read_UnderstandsGerman(string answer, string expected)
    {
        Assert.Equal(expected, Read("de", answer));
    }

    [Theory]
    [InlineData("الاثنين الثلاثاء مساءً", "mon:evening tue:evening")]
    [InlineData("الإثنين والخميس بعد الظهر", "mon:afternoon thu:afternoon")]
    [InlineData("أيام العمل صباحًا", WeekdayMornings)]
    [InlineData("من الاثنين إلى الجمعة مساء", WeekdayEvenings)]
    [InlineData("نهاية الأسبوع", WeekendAllDay)]
    [InlineData("السبت بالمساء والأحد بالصباح", "sat:evening sun:morning")]
    public void Read_UnderstandsArabic(string answer, string expected)
    {
        Assert.Equal(expected, Read("ar", answer));
    }

    [Theory]
    [InlineData("")]
    [InlineData("no idea, sorry")]
    [InlineData("😀")]
    [InlineData("to")]
    public void Read_ReturnsNothing_WhenNoDayOrTimeIsNamed(string answer)
    {
        Assert.Equal(0, AvailabilityReader.Read(NormalizedText.From(answer), SampleDialogs.Catalog.Locales["en"].Availability));
    }

    [Theory]
    [InlineData("en", "mon:evening tue:evening", "Monday, Tuesday evening")]
    [InlineData("en", WeekdayMornings + " " + WeekendAllDay, "weekdays morning; weekend any time")]
    [InlineData("en", "mon:morning+evening fri:evening", "Monday morning, evening; Friday evening")]
    [InlineData("de", "mon:evening tue:evening", "Montag, Dienstag abends")]
    [InlineData("ar", "mon:evening sat:morning+afternoon+evening sun:morning", "الاثنين مساءً؛ السبت في أي وقت؛ الأحد صباحًا")]
    [InlineData("ar", "mon:evening thu:evening", "الاثنين، الخميس مساءً")]
    public void Format_WritesTheWeekInTheLanguagesWords(string language, string canonical, string expected)
    {
        Assert.True(AvailabilityGrid.TryParseCanonical(canonical, out var grid));

        Assert.Equal(expected, Format(SampleDialogs.Catalog.Locales[language], grid));
    }

    private static string Format(Mentoring.Conversations.Dialogs.Definitions.Locale locale, int grid) => locale.Availability.Format(grid, locale.Comma, locale.Semicolon);

    private static string Read(string language, string answer) =>
        AvailabilityGrid.ToCanonical(AvailabilityReader.Read(NormalizedText.From(answer), SampleDialogs.Catalog.Locales[language].Availability));
}
