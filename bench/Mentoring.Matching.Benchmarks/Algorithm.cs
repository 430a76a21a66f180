namespace Mentoring.Matching.Benchmarks;

/// <summary>What one measurement runs. The names are the ones the result lines carry.</summary>
internal enum Algorithm
{
    /// <summary><see cref="MatchingRound.Propose"/> on the pruned candidate graph: what production runs.</summary>
    Optimal,

    /// <summary><see cref="MatchingRound.ProposeGreedy"/> on the same pruned candidates.</summary>
    Greedy,

    /// <summary><see cref="MatchingRound.Propose"/> with <see cref="RoundOptions.Exact"/>: the true optimum.</summary>
    Exact,

    /// <summary>
    /// <see cref="MatchingRound.ProposeGreedy"/> with <see cref="RoundOptions.Exact"/>: each mentee
    /// gets the best free mentor of all, the way it is done by hand, not only of its candidates.
    /// </summary>
    GreedyUnpruned,
}

internal static class AlgorithmNames
{
    public static string Key(this Algorithm algorithm) => algorithm switch
    {
        Algorithm.Optimal => "optimal",
        Algorithm.Greedy => "greedy",
        Algorithm.Exact => "exact",
        Algorithm.GreedyUnpruned => "greedy-unpruned",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    public static string Label(this Algorithm algorithm) => algorithm switch
    {
        Algorithm.Optimal => "optimal (pruned)",
        Algorithm.Greedy => "greedy (pruned candidates)",
        Algorithm.Exact => "exact (unpruned)",
        Algorithm.GreedyUnpruned => "greedy (unpruned)",
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm)),
    };

    public static Algorithm Parse(string key) =>
        Enum.GetValues<Algorithm>().Where(a => a.Key() == key).Select(a => (Algorithm?)a).FirstOrDefault()
            ?? throw new FormatException($"Unknown algorithm '{key}'.");

    public static bool IsUnpruned(this Algorithm algorithm) => algorithm is Algorithm.Exact or Algorithm.GreedyUnpruned;

    public static bool IsGreedy(this Algorithm algorithm) => algorithm is Algorithm.Greedy or Algorithm.GreedyUnpruned;
}
