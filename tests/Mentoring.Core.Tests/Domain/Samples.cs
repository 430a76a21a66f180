using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

/// <summary>Valid profiles for tests whose subject is something else.</summary>
internal static class Samples
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    public static readonly WeeklyAvailability Evenings = WeeklyAvailability.Parse("mon:evening wed:evening");

    public static MentorProfile MentorProfile(int capacity = 2) => new(
        ["healthcare"],
        [new("de", LanguageLevel.Native), new("ar", LanguageLevel.Conversational)],
        [MentoringGoal.JobSearch],
        Evenings,
        capacity,
        GenderPreference.None,
        remoteOk: false,
        TestCodeLists.Real);

    public static MenteeProfile MenteeProfile(string? previousProfession = null) => new(
        "healthcare",
        previousProfession,
        [new("ar", LanguageLevel.Native), new("de", LanguageLevel.Basic)],
        MentoringGoal.QualificationRecognition,
        Evenings,
        GenderPreference.None,
        remoteOk: false,
        Now,
        TestCodeLists.Real);
}
