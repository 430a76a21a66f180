using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class MentorProfileTests
{
    private static readonly LanguageSkill[] German = [new("de", LanguageLevel.Native)];

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Constructor_Throws_WhenCapacityIsOutsideOneToFive(int capacity) =>
        Assert.Throws<DomainRuleException>(() => Samples.MentorProfile(capacity));

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public void Constructor_KeepsTheCapacity_WhenWithinOneToFive(int capacity) =>
        Assert.Equal(capacity, Samples.MentorProfile(capacity).Capacity);

    [Theory]
    [InlineData("nursing")]
    [InlineData("Healthcare")]
    public void Constructor_Throws_WhenASectorIsNotInTheList(string sector) =>
        Assert.Throws<DomainRuleException>(() => New(sectors: ["it", sector]));

    [Fact]
    public void Constructor_Throws_WhenNoSectorIsGiven() =>
        Assert.Throws<DomainRuleException>(() => New(sectors: []));

    [Fact]
    public void Constructor_Throws_WhenALanguageIsNotInTheList() =>
        Assert.Throws<DomainRuleException>(() => New(languages: [new("de", LanguageLevel.Native), new("xx", LanguageLevel.Basic)]));

    [Fact]
    public void Constructor_Throws_WhenALanguageIsGivenTwice() =>
        Assert.Throws<DomainRuleException>(() => New(languages: [new("de", LanguageLevel.Native), new("de", LanguageLevel.Fluent)]));

    [Fact]
    public void Constructor_Throws_WhenNoLanguageIsGiven() =>
        Assert.Throws<DomainRuleException>(() => New(languages: []));

    [Fact]
    public void Constructor_Throws_WhenNoGoalIsOffered() =>
        Assert.Throws<DomainRuleException>(() => New(goals: []));

    [Fact]
    public void Constructor_Throws_WhenNoSlotAndNotRemote() =>
        Assert.Throws<DomainRuleException>(() => New(availability: WeeklyAvailability.None, remoteOk: false));

    [Fact]
    public void Constructor_AcceptsNoSlot_WhenRemote() =>
        Assert.True(New(availability: WeeklyAvailability.None, remoteOk: true).RemoteOk);

    [Fact]
    public void Constructor_KeepsEachSectorOnce()
    {
        var profile = New(sectors: ["it", "engineering", "it"]);

        Assert.Equal(["it", "engineering"], profile.Sectors);
    }

    [Fact]
    public void Change_LeavesTheProfileUnchanged_WhenTheLanguagesAreInvalid()
    {
        var profile = Samples.MentorProfile();

        Assert.Throws<DomainRuleException>(() => profile.Change(
            ["it"], [], [MentoringGoal.StartingBusiness], WeeklyAvailability.Always, 5, GenderPreference.RequireSame, true, TestCodeLists.Real));

        Assert.Equal(["healthcare"], profile.Sectors);
        Assert.Equal([MentoringGoal.JobSearch], profile.GoalsOffered);
        Assert.Equal(2, profile.Capacity);
    }

    [Fact]
    public void Approve_Throws_BeforeTheInduction()
    {
        var profile = Samples.MentorProfile();

        Assert.Throws<DomainRuleException>(() => profile.Approve("coordinator.berlin", Samples.Now));
        Assert.Equal(VettingState.Pending, profile.Vetting);
        Assert.False(profile.CanReceiveProposals);
    }

    [Fact]
    public void Approve_RecordsWhoAndWhen_AfterTheInduction()
    {
        var profile = Samples.MentorProfile();
        profile.CompleteInduction(Samples.Now);

        profile.Approve("coordinator.berlin", Samples.Now.AddDays(1));

        Assert.Equal(VettingState.Approved, profile.Vetting);
        Assert.Equal("coordinator.berlin", profile.VettedBy);
        Assert.Equal(Samples.Now.AddDays(1), profile.VettedAt);
        Assert.True(profile.CanReceiveProposals);
    }

    [Fact]
    public void CompleteInduction_KeepsTheFirstTime()
    {
        var profile = Samples.MentorProfile();

        profile.CompleteInduction(Samples.Now);
        profile.CompleteInduction(Samples.Now.AddDays(3));

        Assert.Equal(Samples.Now, profile.InductionCompletedAt);
    }

    [Fact]
    public void Vetting_Throws_WhenTheMentorWasAlreadyVetted()
    {
        var profile = Samples.MentorProfile();
        profile.CompleteInduction(Samples.Now);
        profile.Approve("coordinator.berlin", Samples.Now);

        Assert.Throws<DomainRuleException>(() => profile.Approve("coordinator.hamburg", Samples.Now));
        Assert.Throws<DomainRuleException>(() => profile.Reject("coordinator.hamburg", Samples.Now));
        Assert.Equal("coordinator.berlin", profile.VettedBy);
    }

    [Fact]
    public void Reject_StopsProposals()
    {
        var profile = Samples.MentorProfile();
        profile.CompleteInduction(Samples.Now);

        profile.Reject("coordinator.berlin", Samples.Now);

        Assert.Equal(VettingState.Rejected, profile.Vetting);
        Assert.False(profile.CanReceiveProposals);
        Assert.Throws<DomainRuleException>(() => profile.Approve("coordinator.berlin", Samples.Now));
    }

    [Fact]
    public void SetMotivation_KeepsNothing_WhenBlank()
    {
        var profile = Samples.MentorProfile();
        profile.SetMotivation("to give back");

        profile.SetMotivation("  ");

        Assert.Null(profile.Motivation);
    }

    private static MentorProfile New(
        string[]? sectors = null,
        LanguageSkill[]? languages = null,
        MentoringGoal[]? goals = null,
        WeeklyAvailability? availability = null,
        bool remoteOk = false) => new(
            sectors ?? ["healthcare"],
            languages ?? German,
            goals ?? [MentoringGoal.JobSearch],
            availability ?? Samples.Evenings,
            2,
            GenderPreference.None,
            remoteOk,
            TestCodeLists.Real);
}
