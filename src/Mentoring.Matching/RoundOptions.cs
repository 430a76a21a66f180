namespace Mentoring.Matching;

/// <summary>
/// How a round searches (configuration section <c>Matching:Round</c>). By default the graph is
/// pruned to a budget of candidate pairs and of mentors looked at, spread over the mentees, so a
/// small programme is searched almost exhaustively and a country-sized one stays within seconds;
/// <c>bench/Mentoring.Matching.Benchmarks</c> measures what the pruning costs against the exact optimum.
/// </summary>
public sealed class RoundOptions
{
    public MatchingWeights Weights { get; set; } = new();

    /// <summary>Keeps every eligible pair: the exact optimum over the unpruned graph.</summary>
    public bool Unpruned { get; set; }

    /// <summary>Candidate pairs kept in a round, all mentees together (each keeps 16 to 64).</summary>
    public int CandidateBudget { get; set; } = 2_400_000;

    /// <summary>Mentors looked at in a round, all mentees together (each looks at 200 to 4,000).</summary>
    public long ScanBudget { get; set; } = 30_000_000;

    /// <summary>Overrides the budget: candidates kept per mentee from its own and related sectors.</summary>
    public int? SectorCandidates { get; set; }

    /// <summary>Overrides the budget: candidates kept per mentee from the wider pool sharing a language.</summary>
    public int? PoolCandidates { get; set; }

    /// <summary>Overrides the budget: mentors of its own and related sectors each mentee looks at.</summary>
    public int? SectorWindow { get; set; }

    /// <summary>Overrides the budget: mentors of the wider pool each mentee looks at.</summary>
    public int? PoolWindow { get; set; }

    public static RoundOptions Exact(MatchingWeights? weights = null) => new() { Weights = weights ?? new MatchingWeights(), Unpruned = true };

    /// <summary>The per-mentee numbers for a round of <paramref name="mentees"/>.</summary>
    internal (int SectorCandidates, int PoolCandidates, int SectorWindow, int PoolWindow) PerMentee(int mentees)
    {
        var n = Math.Max(1, mentees);
        var kept = Math.Clamp(CandidateBudget / n, 16, 64);
        var looked = (int)Math.Clamp(ScanBudget / n, 200, 4000);
        return (SectorCandidates ?? kept / 2, PoolCandidates ?? kept - (kept / 2), SectorWindow ?? looked / 2, PoolWindow ?? looked / 2);
    }
}
