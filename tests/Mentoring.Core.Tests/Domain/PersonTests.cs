using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class PersonTests
{
    private static readonly DateTimeOffset Now = Samples.Now;

    public static TheoryData<string> ChangesNeedingConsent() => [.. PersonalDetails.Keys];

    public static TheoryData<string> EveryChange() => [.. PersonalDetails.Keys, .. OtherChanges.Keys];

    private static Dictionary<string, Action<Person>> PersonalDetails => new()
    {
        ["Describe"] = p => p.Describe("Amina", Gender.Woman, "Leipzig"),
        ["BecomeMentor"] = p => p.BecomeMentor(Samples.MentorProfile()),
        ["BecomeMentee"] = p => p.BecomeMentee(Samples.MenteeProfile()),
    };

    private static Dictionary<string, Action<Person>> OtherChanges => new()
    {
        ["AddChannelAddress"] = p => p.AddChannelAddress(new(Guid.NewGuid(), Channels.WebChat, "user-2")),
        ["ChangeLanguage"] = p => p.ChangeLanguage("uk"),
        ["ChangeTimeZone"] = p => p.ChangeTimeZone("Europe/Vienna"),
        ["RecordConsent"] = p => p.RecordConsent(MatchingConsent(true, Now.AddDays(1))),
        ["Pause"] = p => p.Pause(),
        ["Resume"] = p => p.Resume(),
        ["Touch"] = p => p.Touch(Now.AddDays(5)),
    };

    [Theory]
    [MemberData(nameof(ChangesNeedingConsent))]
    public void PersonalDetail_Throws_WhenNoMatchingConsentWasGiven(string change)
    {
        var person = NewPerson();
        person.RecordConsent(new Consent(ConsentPurpose.Reports, true, "v1", "ar", Channels.WhatsApp, Now));

        Assert.Throws<DomainRuleException>(() => PersonalDetails[change](person));
    }

    [Fact]
    public void Describe_KeepsTrimmedDetails_AfterMatchingConsent()
    {
        var person = ConsentedPerson();

        person.Describe(" Amina ", Gender.Woman, "  ");

        Assert.Equal(("Amina", Gender.Woman, (string?)null), (person.FirstName, person.Gender, person.Town));
    }

    [Fact]
    public void BecomeMentorAndMentee_KeepTheProfiles_AfterMatchingConsent()
    {
        var person = ConsentedPerson();
        var mentor = Samples.MentorProfile();
        var mentee = Samples.MenteeProfile();

        person.BecomeMentor(mentor);
        person.BecomeMentee(mentee);

        Assert.Same(mentor, person.MentorProfile);
        Assert.Same(mentee, person.MenteeProfile);
    }

    [Fact]
    public void BecomeMentor_Throws_WhenAlreadyAMentor()
    {
        var person = ConsentedPerson();
        person.BecomeMentor(Samples.MentorProfile());

        Assert.Throws<DomainRuleException>(() => person.BecomeMentor(Samples.MentorProfile()));
    }

    [Theory]
    [MemberData(nameof(ChangesNeedingConsent))]
    public void PersonalDetail_Throws_AfterConsentWasWithdrawn(string change)
    {
        var person = ConsentedPerson();

        person.RecordConsent(MatchingConsent(false, Now.AddHours(1)));

        Assert.False(person.HasConsent(ConsentPurpose.Matching));
        Assert.Throws<DomainRuleException>(() => PersonalDetails[change](person));
    }

    [Fact]
    public void HasConsent_CountsTheLatestAnswer_NotTheLastRecorded()
    {
        var person = NewPerson();

        person.RecordConsent(MatchingConsent(true, Now.AddHours(2)));
        person.RecordConsent(MatchingConsent(false, Now.AddHours(1)));

        Assert.True(person.HasConsent(ConsentPurpose.Matching));
    }

    [Fact]
    public void AddressAndLanguage_AreAllowed_BeforeConsent()
    {
        var person = NewPerson();

        person.AddChannelAddress(new(Guid.NewGuid(), Channels.WhatsApp, "+4915112345678"));
        person.ChangeLanguage("fa");

        Assert.Single(person.ChannelAddresses);
        Assert.Equal("fa", person.PreferredLanguage);
    }

    [Fact]
    public void AddChannelAddress_Throws_WhenTheSameAddressIsAddedTwice()
    {
        var person = NewPerson();
        person.AddChannelAddress(new(Guid.NewGuid(), Channels.Sms, "+4915112345678"));

        Assert.Throws<DomainRuleException>(
            () => person.AddChannelAddress(new(Guid.NewGuid(), Channels.Sms, "+4915112345678")));
    }

    [Fact]
    public void AddChannelAddress_KeepsOnePhoneOnTwoChannels()
    {
        var person = NewPerson();

        person.AddChannelAddress(new(Guid.NewGuid(), Channels.Sms, "+4915112345678"));
        person.AddChannelAddress(new(Guid.NewGuid(), Channels.WhatsApp, "+4915112345678"));

        Assert.Equal(2, person.ChannelAddresses.Count);
    }

    [Fact]
    public void Constructor_Throws_WhenTheTimeZoneIsUnknown() =>
        Assert.Throws<DomainRuleException>(() => new Person(Guid.NewGuid(), "de", "Europe/Atlantis", Now));

    [Fact]
    public void ChangeTimeZone_Throws_WhenTheTimeZoneIsUnknown()
    {
        var person = NewPerson();

        Assert.Throws<DomainRuleException>(() => person.ChangeTimeZone("Mars/Olympus_Mons"));
        Assert.Equal("Europe/Berlin", person.TimeZone);
    }

    [Fact]
    public void Erase_RemovesEveryPersonalDetailAndKeepsTheConsents()
    {
        var person = ConsentedPerson();
        person.Describe("Amina", Gender.Woman, "Leipzig");
        person.AddChannelAddress(new(Guid.NewGuid(), Channels.WhatsApp, "+4915112345678"));
        person.BecomeMentor(Samples.MentorProfile()).SetMotivation("I came here in 2015 myself.");
        person.BecomeMentee(Samples.MenteeProfile("Nurse in Aleppo"));
        var erasedAt = Now.AddDays(30);

        person.Erase(erasedAt);

        Assert.Null(person.FirstName);
        Assert.Null(person.Town);
        Assert.Equal(Gender.Unspecified, person.Gender);
        Assert.Empty(person.ChannelAddresses);
        Assert.Null(person.MentorProfile!.Motivation);
        Assert.Null(person.MenteeProfile!.PreviousProfession);
        Assert.Equal(PersonStatus.Erased, person.Status);
        Assert.Equal(erasedAt, person.ErasedAt);
        Assert.Single(person.Consents);
    }

    [Fact]
    public void Erase_KeepsTheFirstErasureTime_WhenCalledTwice()
    {
        var person = ConsentedPerson();
        person.Erase(Now.AddDays(1));

        person.Erase(Now.AddDays(2));

        Assert.Equal(Now.AddDays(1), person.ErasedAt);
    }

    [Theory]
    [MemberData(nameof(EveryChange))]
    public void Change_Throws_AfterErasure(string change)
    {
        var person = ConsentedPerson();
        person.Erase(Now.AddDays(1));

        var apply = PersonalDetails.GetValueOrDefault(change) ?? OtherChanges[change];

        Assert.Throws<DomainRuleException>(() => apply(person));
    }

    [Fact]
    public void Touch_NeverMovesLastActiveAtBack()
    {
        var person = NewPerson();

        person.Touch(Now.AddDays(2));
        person.Touch(Now.AddDays(1));

        Assert.Equal(Now.AddDays(2), person.LastActiveAt);
    }

    private static Person NewPerson() => new(Guid.NewGuid(), "ar", "Europe/Berlin", Now);

    private static Person ConsentedPerson()
    {
        var person = NewPerson();
        person.RecordConsent(MatchingConsent(true, Now));
        return person;
    }

    private static Consent MatchingConsent(bool granted, DateTimeOffset at) =>
        new(ConsentPurpose.Matching, granted, "2025-01", "ar", Channels.WhatsApp, at);
}
