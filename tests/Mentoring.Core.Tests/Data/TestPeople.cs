using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Data;

/// <summary>Consented people with full profiles, for persistence tests.</summary>
public static class TestPeople
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    // Tests of one class share a database, and an address belongs to one person only.
    private static int next;

    public static Person Consented(string channel, string address, string language = "ar")
    {
        var person = new Person(Guid.NewGuid(), language, "Europe/Berlin", Now);
        person.AddChannelAddress(new ChannelAddress(Guid.NewGuid(), channel, address)).RecordInbound(Now, """{"channelId":"whatsapp"}""");
        person.RecordConsent(new Consent(ConsentPurpose.Matching, true, "2026-11", language, channel, Now));
        return person;
    }

    public static Person Mentor(string? address = null, int capacity = 2)
    {
        var person = Consented(Channels.WebChat, address ?? $"mentor-{Interlocked.Increment(ref next)}", "de");
        person.Describe("Anna", Gender.Woman, "Mitte");
        var profile = person.BecomeMentor(new MentorProfile(
            ["healthcare", "elderly-care"],
            [new LanguageSkill("de", LanguageLevel.Native), new LanguageSkill("ar", LanguageLevel.Conversational)],
            [MentoringGoal.JobSearch, MentoringGoal.QualificationRecognition],
            WeeklyAvailability.Parse("mon:evening tue:morning+evening"),
            capacity,
            GenderPreference.PreferSame,
            remoteOk: true,
            TestCodeLists.Real));
        profile.SetMotivation("I was new here once.");
        profile.CompleteInduction(Now);
        profile.Approve("coordinator@test", Now);
        return person;
    }

    public static Person Mentee(string? phone = null, string language = "ar", DateTimeOffset? waitingSince = null)
    {
        var person = Consented(Channels.WhatsApp, phone ?? $"+4915190{Interlocked.Increment(ref next):D6}", language);
        person.Describe("Amal", Gender.Woman, "Nord");
        person.BecomeMentee(new MenteeProfile(
            "healthcare",
            "nurse",
            [new LanguageSkill(language, LanguageLevel.Native), new LanguageSkill("de", LanguageLevel.Basic)],
            MentoringGoal.QualificationRecognition,
            WeeklyAvailability.Parse("mon:evening"),
            GenderPreference.RequireSame,
            remoteOk: false,
            waitingSince ?? Now.AddDays(-10),
            TestCodeLists.Real));
        return person;
    }
}
