namespace Mentoring.Matching;

/// <summary>
/// Matches everyone waiting at once: the assignment of mentees to mentors with the highest total
/// score that keeps every hard rule and every mentor's capacity. Pure: no database, no clock
/// (the input carries "now"), and the same input always gives the same proposals.
/// </summary>
public sealed class MatchingRound(RoundOptions options)
{
    public RoundOptions Options { get; } = options;

    /// <summary>The optimal round (exact over the candidate graph; over every pair when <see cref="RoundOptions.Unpruned"/>).</summary>
    public RoundResult Propose(RoundInput input) => Run(input, FlowSolver.Solve);

    /// <summary>The greedy baseline, on the same candidates: for comparison, never for real rounds.</summary>
    public RoundResult ProposeGreedy(RoundInput input) => Run(input, GreedySolver.Solve);

    private RoundResult Run(RoundInput input, Func<Compiled, Candidates, MatchingWeights, int[]> solve)
    {
        ArgumentNullException.ThrowIfNull(input);
        var round = new Compiled(input, Options.Weights);
        var candidates = Candidates.Generate(round, Options);
        var assigned = solve(round, candidates, Options.Weights);
        return new RoundResult(Explain(round, assigned), candidates.PairCount);
    }

    /// <summary>
    /// The proposals with their reasons. A mentor's new mentees are charged the load penalty in
    /// waiting order (the longest-waiting first, at the mentor's current load), which adds up to
    /// exactly what the solver paid for them.
    /// </summary>
    private List<Proposal> Explain(Compiled round, int[] assigned)
    {
        var given = new int[round.MentorRows.Length];
        var proposals = new List<Proposal>();
        for (var i = 0; i < assigned.Length; i++)
        {
            var j = assigned[i];
            if (j < 0)
            {
                continue;
            }

            var reasons = new List<Reason>();
            var score = PairScore.Evaluate(round.MenteeRows[i], round.MentorRows[j], Options.Weights, reasons, round.Codes);
            var load = round.MentorRows[j].Load + given[j]++;
            var cost = PairScore.LoadCost(load, Options.Weights);
            if (cost > 0)
            {
                reasons.Add(new Reason(Reason.MentorLoad, -cost, load.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }

            proposals.Add(new Proposal(round.Mentors[j].Id, round.Mentees[i].Id, score - cost, reasons));
        }

        return proposals;
    }
}
