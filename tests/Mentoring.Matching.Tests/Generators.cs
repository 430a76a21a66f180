using CsCheck;

namespace Mentoring.Matching.Tests;

/// <summary>
/// Random rounds small enough to check by hand (or by brute force) and varied enough to meet
/// every rule: German for everyone at levels 1–4 so that many pairs share a language, sparse
/// weekly masks (0 included) so that time and the remote exception both matter, genders with
/// Unspecified, and loads up to full capacity. About a quarter of the pairs are allowed, so
/// mentees compete for mentors.
/// </summary>
internal static class Generators
{
    private static readonly DateTimeOffset Now = TestPeople.Now;

    private static readonly Gen<int> Level = Gen.FrequencyConst((1, 1), (2, 2), (2, 3), (2, 4));

    /// <summary>German at some level (most speak enough to share it) and up to two of en, ar, uk, fa.</summary>
    private static readonly Gen<Spoken[]> Languages = Gen.Select(
        Level,
        Gen.Select(Gen.FrequencyConst((3, "en"), (1, "ar"), (1, "uk"), (1, "fa")), Level, (code, level) => new Spoken(code, level)).Array[0, 2],
        (german, others) => others.DistinctBy(s => s.Code).Prepend(new Spoken("de", german)).ToArray());

    /// <summary>Up to four of the 21 weekly slots, most often among the five evenings people ask for, or none at all.</summary>
    private static readonly Gen<int> Availability = Gen.Frequency(
        (1, Gen.Const(0)),
        (4, Gen.Frequency((2, Gen.Int[0, 4]), (1, Gen.Int[0, 20])).Array[1, 4].Select(slots => slots.Aggregate(0, (mask, slot) => mask | (1 << slot)))));

    private static readonly Gen<(int Availability, bool RemoteOk)> Time =
        Gen.Select(Availability, Gen.FrequencyConst((2, true), (1, false)));

    private static readonly Gen<GenderRule> Rule =
        Gen.FrequencyConst((6, GenderRule.None), (2, GenderRule.PreferSame), (1, GenderRule.RequireSame));

    private static readonly Gen<string> Sector = Gen.OneOfConst(TestPeople.Sectors);

    private static readonly Gen<string?> Town = Gen.OneOfConst<string?>(null, null, "Berlin", "Hamburg", "Leipzig");

    private static readonly Gen<Mentee> Mentee = Gen.Select(
        Languages, Gen.Enum<Gender>(), Rule, Time, Sector, Gen.Int[0, 3], Town, Gen.Int[0, 200],
        (languages, gender, rule, time, sector, goal, town, days) => new Mentee(
            Guid.Empty, languages, gender, rule, time.Availability, time.RemoteOk, sector, goal, town, Now.AddDays(-days)));

    /// <summary>
    /// Weights from the defaults or at random. Meets-rules and the language always count, so
    /// that every proposal carries both reasons; random weights are often multiples of 5, so
    /// that ties (a pair worth exactly what its load costs, two assignments worth the same) happen.
    /// </summary>
    private static readonly Gen<MatchingWeights> Weights = Gen.Frequency(
        (1, Gen.Const(() => new MatchingWeights())),
        (3, Gen.Select(Gen.OneOfConst(1, 5), Gen.Int[0, 8].Array[13], (step, v) => new MatchingWeights
        {
            MeetsRules = step * (1 + v[0]),
            SameSector = step * v[1],
            RelatedSector = step * v[2],
            GoalOffered = step * v[3],
            LanguagePerLevel = step * (1 + (v[4] % 4)),
            CommonTimePerSlot = step * (v[5] % 4),
            CommonTimeSlotsCounted = 1 + (v[6] % 4),
            PreferredGender = step * v[7],
            SameTown = step * v[8],
            WaitingPerWeek = step * (v[9] % 2),
            WaitingWeeksCounted = 3 * v[10],
            LoadPenalty = step * 2 * v[11],
            MinimumLanguageLevel = 1 + (v[12] % 3),
        })));

    /// <summary>The default search, or one narrow enough that pruning really drops pairs on these small rounds.</summary>
    private static readonly Gen<(int Sector, int Pool, int Window)> Pruning = Gen.Frequency(
        (1, Gen.Const((12, 12, 1500))),
        (2, Gen.Select(Gen.Int[1, 3], Gen.Int[0, 2], Gen.Int[1, 4])));

    /// <summary>Rounds as <see cref="Round"/> makes them, each with weights, a pruned search and a seed to reorder it with.</summary>
    public static Gen<RoundCase> Cases(int maxMentees, int maxMentors, int maxCapacity = 3, int minPeople = 0) =>
        Gen.Select(Round(maxMentees, maxMentors, maxCapacity, minPeople), Weights, Pruning, Gen.Int, (input, weights, pruning, seed) =>
        {
            var pruned = new RoundOptions { Weights = weights, SectorCandidates = pruning.Sector, PoolCandidates = pruning.Pool, PoolWindow = pruning.Window };
            return new RoundCase(input, weights, pruned, seed);
        });

    /// <summary>
    /// A round of up to <paramref name="maxMentees"/> mentees and <paramref name="maxMentors"/>
    /// mentors (at least <paramref name="minPeople"/> of each) of capacity 1 to
    /// <paramref name="maxCapacity"/>, about one pair in eight excluded, plus an excluded pair of
    /// people who are not in the round.
    /// </summary>
    private static Gen<RoundInput> Round(int maxMentees, int maxMentors, int maxCapacity = 3, int minPeople = 0) =>
        Gen.Select(Mentee.Array[minPeople, maxMentees], Mentor(maxCapacity).Array[minPeople, maxMentors])
            .SelectMany((mentees, mentors) => Gen.Int[0, 7].Array[mentees.Length * mentors.Length]
                .Select(draws => Build(mentees, mentors, draws)));

    private static Gen<Mentor> Mentor(int maxCapacity) => Gen.Select(
        Languages, Gen.Enum<Gender>(), Rule, Time, Sector.Array[1, 2], Gen.Int[0, 15], Town, Load(maxCapacity),
        (languages, gender, rule, time, sectors, goals, town, load) => new Mentor(
            Guid.Empty, languages, gender, rule, time.Availability, time.RemoteOk, sectors, goals, town, load.Capacity, load.Load));

    /// <summary>A load from none to full, most often with room left.</summary>
    private static Gen<(int Capacity, int Load)> Load(int maxCapacity) =>
        Gen.Int[1, maxCapacity].SelectMany(capacity => Gen.Frequency((3, Gen.Int[0, capacity - 1]), (1, Gen.Const(capacity)))
            .Select(load => (capacity, load)));

    private static RoundInput Build(Mentee[] mentees, Mentor[] mentors, int[] draws)
    {
        var menteesWithIds = mentees.Select((m, i) => m with { Id = TestPeople.MenteeId(i) }).ToArray();
        var mentorsWithIds = mentors.Select((m, j) => m with { Id = TestPeople.MentorId(j) }).ToArray();
        var excluded = new HashSet<(Guid MentorId, Guid MenteeId)> { (TestPeople.MentorId(999), TestPeople.MenteeId(999)) };
        for (var i = 0; i < menteesWithIds.Length; i++)
        {
            for (var j = 0; j < mentorsWithIds.Length; j++)
            {
                if (draws[(i * mentorsWithIds.Length) + j] == 0)
                {
                    excluded.Add((mentorsWithIds[j].Id, menteesWithIds[i].Id));
                }
            }
        }

        return TestPeople.Round(menteesWithIds, mentorsWithIds, excluded);
    }
}
