namespace Mentoring.Matching.Tests;

/// <summary>
/// Each part of a pair's score and each hard rule, one at a time, from the pair of
/// <see cref="TestPeople"/>: meets-rules 40, German at level 3 (15), same sector 30, one common slot 5.
/// </summary>
public sealed partial class PairScoreTests
{
    private static readonly Mentee Mentee = TestPeople.Mentee();

    private static readonly Mentor Mentor = TestPeople.Mentor();

    [Fact]
    public void Evaluate_ScoresTheSumOfItsReasons_ForTheSamplePair()
    {
        var (score, reasons) = Evaluate(Mentee, Mentor);

        Assert.Equal(
            [new(Reason.MeetsRules, 40), new(Reason.SharedLanguage, 15, "de"), new(Reason.SameSector, 30, "it"), new(Reason.CommonTime, 5, "1")],
            reasons);
        Assert.Equal(90, score);
    }

    [Theory]
    [InlineData("it", new[] { "it" }, Reason.SameSector, 30)]
    [InlineData("it", new[] { "data", "it" }, Reason.SameSector, 30)]
    [InlineData("data", new[] { "it" }, Reason.RelatedSector, 15)]
    [InlineData("nursing", new[] { "retail", "care" }, Reason.RelatedSector, 15)]
    public void Evaluate_AddsTheSectorReason_WhenSectorsMatchOrAreRelated(string menteeSector, string[] mentorSectors, string code, int points)
    {
        var (_, reasons) = Evaluate(Mentee with { Sector = menteeSector }, Mentor with { Sectors = mentorSectors });

        Assert.Equal(new Reason(code, points, menteeSector), Assert.Single(reasons, r => r.Code is Reason.SameSector or Reason.RelatedSector));
    }

    [Fact]
    public void Evaluate_AddsNoSectorReason_WhenFamiliesDiffer()
    {
        var (score, reasons) = Evaluate(Mentee with { Sector = "care" }, Mentor with { Sectors = ["it", "retail"] });

        Assert.DoesNotContain(reasons, r => r.Code is Reason.SameSector or Reason.RelatedSector);
        Assert.Equal(60, score);
    }

    [Theory]
    [InlineData(0, 0b0001, true)]
    [InlineData(2, 0b0101, true)]
    [InlineData(3, 0b0111, false)]
    [InlineData(1, 0, false)]
    public void Evaluate_AddsGoalOffered_OnlyWhenTheMentorOffersTheGoal(int goal, int offered, bool expected)
    {
        var (_, reasons) = Evaluate(Mentee with { Goal = goal }, Mentor with { Goals = offered });

        Assert.Equal(expected, reasons.Contains(new Reason(Reason.GoalOffered, 15)));
    }

    [Theory]
    [InlineData("de:4 en:3", "de:2 en:3", "en", 3)]
    [InlineData("de:4", "de:2", "de", 2)]
    [InlineData("de:2 ar:4", "de:4 ar:3", "ar", 3)]
    [InlineData("de:1 en:2", "de:4 en:2", "en", 2)]
    public void Evaluate_CountsTheStrongestSharedLanguage_AtTheLowerOfBothLevels(string mentee, string mentor, string language, int level)
    {
        var (_, reasons) = Evaluate(Mentee with { Languages = Languages(mentee) }, Mentor with { Languages = Languages(mentor) });

        Assert.Equal(new Reason(Reason.SharedLanguage, level * 5, language), Assert.Single(reasons, r => r.Code == Reason.SharedLanguage));
    }

    [Theory]
    [InlineData(TestPeople.Monday, 1, 5)]
    [InlineData(0b111, 3, 15)]
    [InlineData(0b11111, 5, 15)]
    public void Evaluate_CountsCommonSlots_UpToCommonTimeSlotsCounted(int availability, int slots, int points)
    {
        var (_, reasons) = Evaluate(Mentee with { Availability = availability }, Mentor with { Availability = 0b11111 });

        Assert.Equal(new Reason(Reason.CommonTime, points, $"{slots}"), Assert.Single(reasons, r => r.Code == Reason.CommonTime));
    }

    [Theory]
    [InlineData(GenderRule.PreferSame, GenderRule.None, Gender.Woman, Gender.Woman, true)]
    [InlineData(GenderRule.None, GenderRule.PreferSame, Gender.Man, Gender.Man, true)]
    [InlineData(GenderRule.PreferSame, GenderRule.None, Gender.Woman, Gender.Man, false)]
    [InlineData(GenderRule.PreferSame, GenderRule.PreferSame, Gender.Unspecified, Gender.Unspecified, false)]
    [InlineData(GenderRule.None, GenderRule.None, Gender.Woman, Gender.Woman, false)]
    public void Evaluate_AddsPreferredGender_WhenAPreferenceForTheSameGenderIsMet(GenderRule menteeRule, GenderRule mentorRule, Gender menteeGender, Gender mentorGender, bool expected)
    {
        var (_, reasons) = Evaluate(Mentee with { MentorGender = menteeRule, Gender = menteeGender }, Mentor with { MenteeGender = mentorRule, Gender = mentorGender });

        Assert.Equal(expected, reasons.Contains(new Reason(Reason.PreferredGender, 10)));
    }

    [Theory]
    [InlineData("Berlin", "Berlin", true)]
    [InlineData("Berlin", "Leipzig", false)]
    [InlineData(null, null, false)]
    [InlineData(null, "Berlin", false)]
    public void Evaluate_AddsSameTown_WhenBothNameTheSameTown(string? menteeTown, string? mentorTown, bool expected)
    {
        var (_, reasons) = Evaluate(Mentee with { Town = menteeTown }, Mentor with { Town = mentorTown });

        Assert.Equal(expected, reasons.Contains(new Reason(Reason.SameTown, 5, menteeTown)));
    }

    [Theory]
    [InlineData(-7, 0)]
    [InlineData(6, 0)]
    [InlineData(7, 1)]
    [InlineData(20, 2)]
    [InlineData(140, 20)]
    [InlineData(400, 20)]
    public void Evaluate_CountsFullWeeksWaited_UpToWaitingWeeksCounted(int daysWaited, int weeks)
    {
        var (score, reasons) = Evaluate(Mentee with { WaitingSince = TestPeople.Now.AddDays(-daysWaited) }, Mentor);

        Assert.Equal(90 + weeks, score);
        Assert.Equal(weeks > 0, reasons.Contains(new Reason(Reason.Waiting, weeks, $"{weeks}")));
    }

    private static (int Score, List<Reason> Reasons) Evaluate(Mentee mentee, Mentor mentor, MatchingWeights? weights = null)
    {
        weights ??= new MatchingWeights();
        var round = new Compiled(TestPeople.Round([mentee], [mentor]), weights);
        var reasons = new List<Reason>();
        var score = PairScore.Evaluate(round.MenteeRows[0], round.MentorRows[0], weights, reasons, round.Codes);
        return (score, reasons);
    }

    /// <summary>"de:4 en:3" as spoken languages.</summary>
    private static Spoken[] Languages(string spoken) =>
        [.. spoken.Split(' ').Select(s => s.Split(':')).Select(p => new Spoken(p[0], int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture)))];
}
