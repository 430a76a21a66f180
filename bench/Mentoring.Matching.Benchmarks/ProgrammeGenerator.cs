namespace Mentoring.Matching.Benchmarks;

/// <summary>
/// A seeded, realistic programme: the same seed and size always give the same round. The mixes
/// are lopsided on purpose: mentees' demand sits in care, logistics and hospitality while
/// mentors' supply sits in offices, IT and education, so most mentees can only get a related or
/// a cross-sector mentor and the solver has real trade-offs to make.
/// </summary>
internal sealed class ProgrammeGenerator(int seed)
{
    /// <summary>A fixed "now": waiting times, and so scores, do not depend on when the benchmark runs.</summary>
    public static readonly DateTimeOffset Now = new(2025, 6, 2, 6, 0, 0, TimeSpan.Zero);

    private const int Slots = 21;
    private const int WaitingDays = 180;

    private static readonly Dictionary<string, string> Families = new(StringComparer.Ordinal)
    {
        ["healthcare"] = "care",
        ["elderly-care"] = "care",
        ["it"] = "technology",
        ["engineering"] = "technology",
        ["construction"] = "trades",
        ["manufacturing"] = "trades",
        ["hospitality"] = "services",
        ["retail"] = "services",
        ["logistics"] = "logistics",
        ["education"] = "education",
        ["office"] = "office",
        ["agriculture"] = "agriculture",
    };

    private static readonly Skewed<string> MenteeSectors = new(
        ("healthcare", 16), ("elderly-care", 10), ("logistics", 14), ("hospitality", 14), ("retail", 8), ("construction", 8),
        ("manufacturing", 7), ("it", 5), ("engineering", 3), ("education", 4), ("office", 6), ("agriculture", 5));

    private static readonly Skewed<string> MentorSectors = new(
        ("office", 22), ("it", 16), ("education", 14), ("engineering", 8), ("healthcare", 7), ("elderly-care", 3),
        ("logistics", 4), ("hospitality", 4), ("retail", 6), ("construction", 5), ("manufacturing", 6), ("agriculture", 5));

    private static readonly Skewed<string> NativeLanguages = new(
        ("ar", 30), ("uk", 22), ("fa", 12), ("ti", 8), ("so", 6), ("tr", 8), ("ru", 6), ("fr", 4), ("es", 2), ("en", 2));

    /// <summary>German as a second language: none, basic, conversational, fluent.</summary>
    private static readonly Skewed<int> GermanLevels = new((0, 15), (1, 50), (2, 30), (3, 5));

    /// <summary>Mentors' English: none, conversational, fluent.</summary>
    private static readonly Skewed<int> MentorEnglish = new((0, 25), (2, 35), (3, 40));

    private static readonly Skewed<Gender> Genders = new((Gender.Woman, 48.5), (Gender.Man, 48.5), (Gender.Unspecified, 3));

    private static readonly Skewed<GenderRule> GenderRules = new((GenderRule.None, 70), (GenderRule.PreferSame, 20), (GenderRule.RequireSame, 10));

    /// <summary>Most mentees look for a first job; fewer for training, recognition or a career change.</summary>
    private static readonly Skewed<int> Goals = new((0, 40), (1, 25), (2, 20), (3, 15));

    private static readonly Skewed<int> Capacities = new((1, 45), (2, 35), (3, 20));

    private static readonly Skewed<string?> Towns = new(
        ("Berlin", 18), ("Hamburg", 10), ("München", 9), ("Köln", 7), ("Frankfurt", 6), ("Stuttgart", 5), ("Düsseldorf", 5),
        ("Leipzig", 5), ("Dortmund", 4), ("Essen", 4), ("Bremen", 4), ("Dresden", 4), ("Hannover", 4), ("Nürnberg", 4),
        ("Duisburg", 3), ("Bochum", 3), ("Wuppertal", 2), ("Bielefeld", 2), ("Bonn", 2), ("Münster", 2), (null, 5));

    private readonly Random random = new(seed);

    public RoundInput Generate(int menteeCount, int mentorCount)
    {
        var mentors = new Mentor[mentorCount];
        for (var i = 0; i < mentorCount; i++)
        {
            mentors[i] = NextMentor();
        }

        var mentees = new Mentee[menteeCount];
        for (var i = 0; i < menteeCount; i++)
        {
            mentees[i] = NextMentee();
        }

        return new RoundInput(mentees, mentors, Excluded(mentees, mentors), sector => Families[sector], Now);
    }

    private Mentee NextMentee()
    {
        var native = NativeLanguages.Next(random);
        List<Spoken> languages = [new(native, 4)];
        var german = GermanLevels.Next(random);
        if (german > 0)
        {
            languages.Add(new("de", german));
        }

        if (native != "en" && random.NextDouble() < 0.30)
        {
            languages.Add(new("en", 2));
        }

        var (gender, rule) = NextGender();
        return new Mentee(
            NextId(), languages, gender, rule, NextAvailability(2, 5), random.NextDouble() < 0.40, MenteeSectors.Next(random),
            Goals.Next(random), Towns.Next(random), Now - TimeSpan.FromMinutes(random.Next(WaitingDays * 24 * 60)));
    }

    private Mentor NextMentor()
    {
        List<Spoken> languages = [new("de", 4)];
        var english = MentorEnglish.Next(random);
        if (english > 0)
        {
            languages.Add(new("en", english));
        }

        // Heritage speakers and language learners: the only bridge for mentees with little German.
        if (random.NextDouble() < 0.25)
        {
            languages.Add(new(NativeLanguages.NextOtherThan(random, "en"), random.Next(2, 5)));
        }

        var sector = MentorSectors.Next(random);
        string[] sectors = random.NextDouble() < 0.35 ? [sector, MentorSectors.NextOtherThan(random, sector)] : [sector];
        var capacity = Capacities.Next(random);

        // Most mentors start a round with no mentee; some carry one or two over.
        var load = capacity > 1 && random.NextDouble() < 0.20 ? random.Next(1, capacity) : 0;
        var (gender, rule) = NextGender();
        return new Mentor(
            NextId(), languages, gender, rule, NextAvailability(3, 6), random.NextDouble() < 0.40, sectors, NextGoalMask(),
            Towns.Next(random), capacity, load);
    }

    /// <summary>
    /// 30 % state a gender rule. Nobody who leaves their gender unspecified gets one: "same
    /// gender" means nothing for them, and RequireSame would make them unmatchable by construction.
    /// </summary>
    private (Gender Gender, GenderRule Rule) NextGender()
    {
        var gender = Genders.Next(random);
        var rule = GenderRules.Next(random);
        return (gender, gender == Gender.Unspecified ? GenderRule.None : rule);
    }

    /// <summary>A few distinct slots of the 21-slot week: sparse, so common time is not a given.</summary>
    private int NextAvailability(int min, int max)
    {
        var mask = 0;
        var slots = random.Next(min, max + 1);
        while (System.Numerics.BitOperations.PopCount((uint)mask) < slots)
        {
            mask |= 1 << random.Next(Slots);
        }

        return mask;
    }

    private int NextGoalMask()
    {
        var mask = 0;
        var goals = random.Next(1, 4);
        while (System.Numerics.BitOperations.PopCount((uint)mask) < goals)
        {
            mask |= 1 << random.Next(Goals.Values.Count);
        }

        return mask;
    }

    private Guid NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>
    /// About 3 % of mentees declined (or let expire) one or two earlier proposals. Those were
    /// plausible pairs, so the excluded mentor is drawn from the mentee's own sector where there
    /// is one: an exclusion of a pair that could never be matched anyway would test nothing.
    /// </summary>
    private HashSet<(Guid MentorId, Guid MenteeId)> Excluded(Mentee[] mentees, Mentor[] mentors)
    {
        var bySector = mentors
            .SelectMany(m => m.Sectors, (m, s) => (Sector: s, m.Id))
            .GroupBy(x => x.Sector, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Id).ToArray(), StringComparer.Ordinal);
        var excluded = new HashSet<(Guid MentorId, Guid MenteeId)>();
        if (mentors.Length == 0)
        {
            return excluded;
        }

        foreach (var mentee in mentees)
        {
            if (random.NextDouble() >= 0.03)
            {
                continue;
            }

            var pool = bySector.TryGetValue(mentee.Sector, out var same) ? same : [.. mentors.Select(m => m.Id)];
            for (var n = random.Next(1, 3); n > 0; n--)
            {
                excluded.Add((pool[random.Next(pool.Length)], mentee.Id));
            }
        }

        return excluded;
    }
}
