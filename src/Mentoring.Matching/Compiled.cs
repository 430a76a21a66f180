namespace Mentoring.Matching;

/// <summary>
/// A round's input turned into small integer arrays, once, so that the hot loops compare ints
/// instead of strings. Mentees are ordered by waiting time then id (rank 0 waited longest):
/// the order ties are broken in, and what makes the output the same for the same input.
/// </summary>
internal sealed class Compiled
{
    public Compiled(RoundInput input, MatchingWeights weights)
    {
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        int Id(string? code) => code is null ? -1 : codes.TryGetValue(code, out var id) ? id : codes[code] = codes.Count;

        Mentees = [.. input.Mentees.OrderBy(m => m.WaitingSince).ThenBy(m => m.Id)];
        Mentors = [.. input.Mentors.Where(m => m.FreeCapacity > 0).OrderBy(m => m.Id)];
        MenteeRows = new MenteeRow[Mentees.Length];
        for (var i = 0; i < Mentees.Length; i++)
        {
            var m = Mentees[i];
            var weeks = Math.Max(0, (int)((input.Now - m.WaitingSince).TotalDays / 7));
            MenteeRows[i] = new MenteeRow(
                Languages(m.Languages, weights.MinimumLanguageLevel, Id), m.Gender, m.MentorGender, m.Availability, m.RemoteOk,
                Id(m.Sector), Id("family:" + input.SectorFamily(m.Sector)), 1 << m.Goal, Id(m.Town), Math.Min(weeks, weights.WaitingWeeksCounted));
        }

        MentorRows = new MentorRow[Mentors.Length];
        for (var i = 0; i < Mentors.Length; i++)
        {
            var m = Mentors[i];
            MentorRows[i] = new MentorRow(
                Languages(m.Languages, weights.MinimumLanguageLevel, Id), m.Gender, m.MenteeGender, m.Availability, m.RemoteOk,
                [.. m.Sectors.Select(Id)], [.. m.Sectors.Select(s => Id("family:" + input.SectorFamily(s))).Distinct()], m.Goals, Id(m.Town), m.FreeCapacity, m.Load);
        }

        var mentorIndex = Mentors.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var menteeIndex = Mentees.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        ExcludedFor = input.ExcludedPairs
            .Where(p => mentorIndex.ContainsKey(p.MentorId) && menteeIndex.ContainsKey(p.MenteeId))
            .GroupBy(p => menteeIndex[p.MenteeId], p => mentorIndex[p.MentorId])
            .ToDictionary(g => g.Key, g => g.ToArray());
        Codes = codes.OrderBy(c => c.Value).Select(c => c.Key).ToArray();
    }

    public Mentee[] Mentees { get; }

    public Mentor[] Mentors { get; }

    public MenteeRow[] MenteeRows { get; }

    public MentorRow[] MentorRows { get; }

    /// <summary>Per mentee (by rank), the mentors never to propose to them again.</summary>
    public Dictionary<int, int[]> ExcludedFor { get; }

    /// <summary>The strings behind the ids, for the reasons' details.</summary>
    public string[] Codes { get; }

    /// <summary>Only languages spoken at a usable level take part, strongest first.</summary>
    private static LanguageRow Languages(IReadOnlyList<Spoken> spoken, int minimum, Func<string, int> id)
    {
        var usable = spoken.Where(s => s.Level >= minimum).OrderByDescending(s => s.Level).ThenBy(s => s.Code, StringComparer.Ordinal).ToArray();
        return new LanguageRow([.. usable.Select(s => id(s.Code))], [.. usable.Select(s => s.Level)]);
    }
}

internal sealed record LanguageRow(int[] Codes, int[] Levels);

internal sealed record MenteeRow(
    LanguageRow Languages, Gender Gender, GenderRule Rule, int Availability, bool RemoteOk,
    int Sector, int Family, int GoalBit, int Town, int WaitingWeeks);

internal sealed record MentorRow(
    LanguageRow Languages, Gender Gender, GenderRule Rule, int Availability, bool RemoteOk,
    int[] Sectors, int[] Families, int Goals, int Town, int Free, int Load);
