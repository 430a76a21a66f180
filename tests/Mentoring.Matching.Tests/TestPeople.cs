namespace Mentoring.Matching.Tests;

/// <summary>
/// A mentee and a mentor who fit (German at level 3, same sector, one common slot) and score
/// 90 with the default weights; tests change only what they are about with <c>with</c>.
/// </summary>
internal static class TestPeople
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    /// <summary>Six sectors in three families: it/data (tech), care/nursing (health), retail/logistics (trade).</summary>
    public static readonly string[] Sectors = ["it", "data", "care", "nursing", "retail", "logistics"];

    public const int Monday = 1 << 0;

    public const int Tuesday = 1 << 3;

    public static Guid MenteeId(int n) => new(n + 1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 1]);

    public static Guid MentorId(int n) => new(n + 1, 0, 0, [0, 0, 0, 0, 0, 0, 0, 2]);

    public static string SectorFamily(string sector) => sector switch
    {
        "it" or "data" => "tech",
        "care" or "nursing" => "health",
        _ => "trade",
    };

    public static Mentee Mentee(int n = 0) => new(
        MenteeId(n), [new Spoken("de", 3)], Gender.Woman, GenderRule.None, Monday, RemoteOk: false, "it", Goal: 0, Town: null, WaitingSince: Now);

    public static Mentor Mentor(int n = 0) => new(
        MentorId(n), [new Spoken("de", 3)], Gender.Woman, GenderRule.None, Monday, RemoteOk: false, ["it"], Goals: 0, Town: null, Capacity: 1, Load: 0);

    public static RoundInput Round(IReadOnlyList<Mentee> mentees, IReadOnlyList<Mentor> mentors, IReadOnlySet<(Guid MentorId, Guid MenteeId)>? excluded = null) =>
        new(mentees, mentors, excluded ?? new HashSet<(Guid, Guid)>(), SectorFamily, Now);
}
