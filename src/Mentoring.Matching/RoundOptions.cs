namespace Mentoring.Matching;

/// <summary>How a round searches (configuration section <c>Matching</c>).</summary>
public sealed class RoundOptions
{
    public MatchingWeights Weights { get; set; } = new();

    /// <summary>
    /// Candidates kept per mentee from mentors of the same or a related sector, best first;
    /// 0 keeps every eligible pair (the exact optimum, affordable for small programmes).
    /// </summary>
    public int SectorCandidates { get; set; } = 12;

    /// <summary>Candidates kept per mentee from the wider pool of mentors who share a language.</summary>
    public int PoolCandidates { get; set; } = 12;

    /// <summary>How many mentors of the wider pool each mentee looks at (a window that starts at a different place for each mentee, so the load spreads).</summary>
    public int PoolWindow { get; set; } = 1500;

    /// <summary>Keeps every eligible pair: the exact optimum over the unpruned graph.</summary>
    public bool IsExact => SectorCandidates == 0;

    public static RoundOptions Exact(MatchingWeights? weights = null) => new() { Weights = weights ?? new MatchingWeights(), SectorCandidates = 0, PoolCandidates = 0 };
}
