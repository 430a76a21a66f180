using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class AvailabilityVocabularyTests
{
    private static readonly AvailabilityVocabulary English = AvailabilityVocabulary.English;

    [Theory]
    [InlineData("mon tue evening", "mon:evening tue:evening")]
    [InlineData("weekends", "sat:morning+afternoon+evening sun:morning+afternoon+evening")]
    [InlineData("Monday morning and Friday evening", "mon:morning fri:evening")]
    [InlineData("Monday morning, Friday", "mon:morning fri:morning+afternoon+evening")]
    [InlineData("Tuesday morning and evening", "tue:morning+evening")]
    [InlineData("sun evening", "sun:evening")]
    public void TryParse_ReadsTheSlots_WhenTheAnswerIsEnglish(string answer, string expected)
    {
        Assert.True(English.TryParse(answer, out var availability));

        Assert.Equal(expected, availability.ToString());
    }

    [Fact]
    public void TryParse_MeansEveryDay_WhenOnlyAPartIsGiven()
    {
        Assert.True(English.TryParse("mornings", out var availability));

        Assert.Equal(7, availability.Count);
        Assert.All(WeeklyAvailability.Days, day => Assert.True(availability.Contains(day, PartOfDay.Morning)));
    }

    [Theory]
    [InlineData("WEEKDAYS EVENINGS")]
    [InlineData("Weekdays, evenings!")]
    public void TryParse_IgnoresCaseAndPunctuation(string answer)
    {
        Assert.True(English.TryParse(answer, out var availability));

        Assert.Equal("mon:evening tue:evening wed:evening thu:evening fri:evening", availability.ToString());
    }

    [Theory]
    [InlineData("Mittwoch")]
    [InlineData("MITTWOCH")]
    [InlineData("mittwoch")]
    public void TryParse_FoldsCase_ForAddedWords(string answer)
    {
        var german = new AvailabilityVocabulary().AddDays("Mittwoch", DayOfWeek.Wednesday);

        Assert.True(german.TryParse(answer, out var availability));

        Assert.Equal("wed:morning+afternoon+evening", availability.ToString());
    }

    [Theory]
    [InlineData("mañana")]
    [InlineData("MANANA")]
    [InlineData("Mañana")]
    public void TryParse_FoldsDiacritics_ForAddedWords(string answer)
    {
        var spanish = new AvailabilityVocabulary().AddParts("mañana", PartOfDay.Morning);

        Assert.True(spanish.TryParse(answer, out var availability));

        Assert.Equal(7, availability.Count);
    }

    [Fact]
    public void Fold_LowersCaseAndDropsDiacritics()
    {
        Assert.Equal("mittwoch", AvailabilityVocabulary.Fold("MITTWOCH"));
        Assert.Equal("samstag", AvailabilityVocabulary.Fold(" Sämstag "));
        Assert.Equal("carsamba", AvailabilityVocabulary.Fold("Çarşamba"));
    }

    // Ukrainian (uk) writes Friday with an apostrophe inside the word.
    [Theory]
    [InlineData("п'ятниця")]
    [InlineData("п’ятниця")]
    public void TryParse_ReadsAWordWithAnApostrophe_WhenItWasAddedWithOne(string friday)
    {
        var ukrainian = new AvailabilityVocabulary().AddDays(friday, DayOfWeek.Friday);

        Assert.True(ukrainian.TryParse(friday, out var availability));

        Assert.Equal("fri:morning+afternoon+evening", availability.ToString());
    }

    // Persian (fa) joins "three" and "Saturday" with a zero-width non-joiner to write Tuesday.
    [Fact]
    public void TryParse_ReadsAWordWithAZeroWidthNonJoiner_WhenItWasAddedWithOne()
    {
        var persian = new AvailabilityVocabulary()
            .AddDays("شنبه", DayOfWeek.Saturday)
            .AddDays("سه\u200cشنبه", DayOfWeek.Tuesday);

        Assert.True(persian.TryParse("سه\u200cشنبه", out var availability));

        Assert.Equal("tue:morning+afternoon+evening", availability.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("asdf qwerty")]
    [InlineData("and on the")]
    [InlineData("?!,")]
    public void TryParse_ReturnsFalse_WhenNoWordIsKnown(string? answer)
    {
        Assert.False(English.TryParse(answer, out var availability));

        Assert.True(availability.IsEmpty);
    }
}
