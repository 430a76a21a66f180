using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class MenteeProfileTests
{
    [Theory]
    [InlineData("nursing")]
    [InlineData("IT")]
    [InlineData("")]
    public void Constructor_Throws_WhenTheSectorIsNotInTheList(string sector) =>
        Assert.Throws<DomainRuleException>(() => New(sector));

    [Fact]
    public void Constructor_StartsWaitingSinceTheGivenTime()
    {
        var profile = Samples.MenteeProfile("  Nurse in Aleppo ");

        Assert.Equal(MenteeState.Waiting, profile.State);
        Assert.Equal(Samples.Now, profile.WaitingSince);
        Assert.Equal("Nurse in Aleppo", profile.PreviousProfession);
    }

    [Fact]
    public void Constructor_Throws_WhenNoSlotAndNotRemote() =>
        Assert.Throws<DomainRuleException>(() => New("it", WeeklyAvailability.None, remoteOk: false));

    [Fact]
    public void Constructor_Throws_WhenALanguageIsNotInTheList() =>
        Assert.Throws<DomainRuleException>(() => new MenteeProfile(
            "it", null, [new("klingon", LanguageLevel.Native)], MentoringGoal.JobSearch, Samples.Evenings,
            GenderPreference.None, false, Samples.Now, TestCodeLists.Real));

    [Fact]
    public void Change_LeavesTheProfileUnchanged_WhenTheLanguagesAreInvalid()
    {
        var profile = Samples.MenteeProfile("Nurse in Aleppo");

        Assert.Throws<DomainRuleException>(() => profile.Change(
            "it", "Teacher", [], MentoringGoal.JobSearch, Samples.Evenings, GenderPreference.None, false, TestCodeLists.Real));

        Assert.Equal("healthcare", profile.SectorWanted);
        Assert.Equal("Nurse in Aleppo", profile.PreviousProfession);
    }

    [Fact]
    public void MarkMatched_MovesAProposedMenteeToMatched()
    {
        var profile = Samples.MenteeProfile();
        profile.MarkProposed();

        profile.MarkMatched();

        Assert.Equal(MenteeState.Matched, profile.State);
    }

    [Fact]
    public void MarkMatched_Throws_WhenNoProposalIsOut()
    {
        var profile = Samples.MenteeProfile();

        Assert.Throws<DomainRuleException>(profile.MarkMatched);
    }

    [Fact]
    public void MarkProposed_Throws_WhenAProposalIsAlreadyOut()
    {
        var profile = Samples.MenteeProfile();
        profile.MarkProposed();

        Assert.Throws<DomainRuleException>(profile.MarkProposed);
    }

    [Fact]
    public void ProposalClosed_ReturnsToWaiting_KeepingTheWait()
    {
        var profile = Samples.MenteeProfile();
        var waitingSince = profile.WaitingSince;
        profile.MarkProposed();

        profile.ProposalClosed();

        Assert.Equal((MenteeState.Waiting, waitingSince), (profile.State, profile.WaitingSince));
    }

    [Fact]
    public void MarkMatched_Throws_WhenWithdrawn()
    {
        var profile = Samples.MenteeProfile();
        profile.Withdraw();

        Assert.Throws<DomainRuleException>(profile.MarkMatched);
        Assert.Equal(MenteeState.Withdrawn, profile.State);
    }

    [Fact]
    public void ReturnToWaiting_RestartsTheWait_WhenMatched()
    {
        var profile = Samples.MenteeProfile();
        profile.MarkProposed();
        profile.MarkMatched();
        var at = Samples.Now.AddDays(60);

        profile.ReturnToWaiting(at);

        Assert.Equal(MenteeState.Waiting, profile.State);
        Assert.Equal(at, profile.WaitingSince);
    }

    [Fact]
    public void ReturnToWaiting_KeepsThePlaceInTheQueue_WhenAlreadyWaiting()
    {
        var profile = Samples.MenteeProfile();

        profile.ReturnToWaiting(Samples.Now.AddDays(60));

        Assert.Equal(Samples.Now, profile.WaitingSince);
    }

    private static MenteeProfile New(string sector, WeeklyAvailability? availability = null, bool remoteOk = false) => new(
        sector,
        null,
        [new("ar", LanguageLevel.Native)],
        MentoringGoal.JobSearch,
        availability ?? Samples.Evenings,
        GenderPreference.None,
        remoteOk,
        Samples.Now,
        TestCodeLists.Real);
}
