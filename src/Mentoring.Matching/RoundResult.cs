namespace Mentoring.Matching;

/// <summary>What a round proposes, and the size of the graph it solved (for the benchmark and logs).</summary>
public sealed record RoundResult(IReadOnlyList<Proposal> Proposals, long CandidatePairs)
{
    /// <summary>The objective the round maximises: the sum of the proposals' scores.</summary>
    public long TotalScore => Proposals.Sum(p => (long)p.Score);
}
