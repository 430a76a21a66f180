namespace Mentoring.Matching.Tests;

/// <summary>The hard rules: a pair that breaks one is never scored, whatever else fits.</summary>
public sealed partial class PairScoreTests
{
    [Theory]
    [InlineData("en:4", "de:4")]
    [InlineData("de:1", "de:4")]
    [InlineData("de:4 en:1", "de:1 en:4")]
    public void Evaluate_RejectsThePair_WithoutALanguageBothSpeakAtTheMinimumLevel(string mentee, string mentor)
    {
        var (score, reasons) = Evaluate(Mentee with { Languages = Languages(mentee) }, Mentor with { Languages = Languages(mentor) });

        Assert.Equal(PairScore.NotAllowed, score);
        Assert.Empty(reasons);
    }

    [Fact]
    public void Evaluate_RejectsThePair_WhenTheSharedLanguageIsBelowAHigherMinimumLevel()
    {
        var (score, _) = Evaluate(Mentee, Mentor with { Languages = [new Spoken("de", 4)] }, new MatchingWeights { MinimumLanguageLevel = 4 });

        Assert.Equal(PairScore.NotAllowed, score);
    }

    [Theory]
    [InlineData(GenderRule.RequireSame, GenderRule.None, Gender.Woman, Gender.Man)]
    [InlineData(GenderRule.None, GenderRule.RequireSame, Gender.Woman, Gender.Man)]
    [InlineData(GenderRule.RequireSame, GenderRule.None, Gender.Woman, Gender.Unspecified)]
    [InlineData(GenderRule.RequireSame, GenderRule.None, Gender.Unspecified, Gender.Unspecified)]
    [InlineData(GenderRule.None, GenderRule.RequireSame, Gender.Unspecified, Gender.Unspecified)]
    [InlineData(GenderRule.RequireSame, GenderRule.RequireSame, Gender.NonBinary, Gender.Woman)]
    public void Evaluate_RejectsThePair_WhenRequireSameGenderIsNotMet(GenderRule menteeRule, GenderRule mentorRule, Gender menteeGender, Gender mentorGender)
    {
        var (score, _) = Evaluate(Mentee with { MentorGender = menteeRule, Gender = menteeGender }, Mentor with { MenteeGender = mentorRule, Gender = mentorGender });

        Assert.Equal(PairScore.NotAllowed, score);
    }

    [Theory]
    [InlineData(GenderRule.RequireSame, GenderRule.None, Gender.Woman, Gender.Woman)]
    [InlineData(GenderRule.RequireSame, GenderRule.RequireSame, Gender.NonBinary, Gender.NonBinary)]
    [InlineData(GenderRule.None, GenderRule.None, Gender.Unspecified, Gender.Man)]
    public void Evaluate_AllowsThePair_WhenEveryGenderRuleIsMet(GenderRule menteeRule, GenderRule mentorRule, Gender menteeGender, Gender mentorGender)
    {
        var (score, _) = Evaluate(Mentee with { MentorGender = menteeRule, Gender = menteeGender }, Mentor with { MenteeGender = mentorRule, Gender = mentorGender });

        Assert.NotEqual(PairScore.NotAllowed, score);
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(true, true, true)]
    public void Evaluate_RejectsThePair_WithoutACommonSlot_UnlessBothAreRemote(bool menteeRemote, bool mentorRemote, bool allowed)
    {
        var (score, reasons) = Evaluate(Mentee with { Availability = TestPeople.Monday, RemoteOk = menteeRemote }, Mentor with { Availability = TestPeople.Tuesday, RemoteOk = mentorRemote });

        Assert.Equal(allowed, score != PairScore.NotAllowed);
        Assert.DoesNotContain(reasons, r => r.Code == Reason.CommonTime);
    }

    [Fact]
    public void Evaluate_AllowsThePair_WhenNeitherGaveATimeButBothAreRemote()
    {
        var (score, _) = Evaluate(Mentee with { Availability = 0, RemoteOk = true }, Mentor with { Availability = 0, RemoteOk = true });

        Assert.Equal(40 + 15 + 30, score);
    }
}
