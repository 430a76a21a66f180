using Google.OrTools.Graph;

namespace Mentoring.Matching;

/// <summary>
/// The optimal assignment as a min-cost flow (OR-Tools): one unit of flow per mentee from the
/// source, through at most one candidate mentor, to the sink. A mentee's unit may instead take
/// the bypass arc straight to the sink (stays waiting) at no cost, so the solver proposes a pair
/// only when it adds to the total. Each free place of a mentor is an arc of its own whose cost
/// grows with the mentor's load: convex costs, so the flow spreads mentees over mentors exactly
/// as the load penalty says.
/// </summary>
internal static class FlowSolver
{
    /// <summary>Returns, per mentee (by rank), the index of its mentor or -1.</summary>
    public static int[] Solve(Compiled round, Candidates candidates, MatchingWeights weights)
    {
        var mentees = round.MenteeRows.Length;
        var mentors = round.MentorRows.Length;
        if (mentees == 0 || mentors == 0)
        {
            return [.. Enumerable.Repeat(-1, mentees)];
        }

        // Ties between equally good solutions go to those who waited longest: each pair costs a
        // little extra, 1 to TieBreakSteps, less the longer its mentee waited. Every point of score
        // is worth more than all of these together (unit > mentees × TieBreakSteps), and a pair
        // that adds nothing to the total costs more than leaving the mentee waiting.
        const int TieBreakSteps = 2;
        var unit = (long)mentees * TieBreakSteps + 1;
        const int Source = 0;
        const int Sink = 1;
        int MenteeNode(int i) => 2 + i;
        int MentorNode(int j) => 2 + mentees + j;

        var flow = new MinCostFlow();
        var pairArcs = new int[mentees][];
        for (var i = 0; i < mentees; i++)
        {
            flow.AddArcWithCapacityAndUnitCost(Source, MenteeNode(i), 1, 0);
            var tieBreak = (long)(mentees - 1 - i) * TieBreakSteps / Math.Max(1, mentees);
            var row = candidates.Mentors[i];
            pairArcs[i] = new int[row.Length];
            for (var k = 0; k < row.Length; k++)
            {
                pairArcs[i][k] = flow.AddArcWithCapacityAndUnitCost(MenteeNode(i), MentorNode(row[k]), 1, -(candidates.Scores[i][k] * unit) + TieBreakSteps - tieBreak);
            }
        }

        var used = new bool[mentors];
        foreach (var row in candidates.Mentors)
        {
            foreach (var j in row)
            {
                used[j] = true;
            }
        }

        for (var j = 0; j < mentors; j++)
        {
            var mentor = round.MentorRows[j];
            for (var place = 0; used[j] && place < mentor.Free; place++)
            {
                flow.AddArcWithCapacityAndUnitCost(MentorNode(j), Sink, 1, PairScore.LoadCost(mentor.Load + place, weights) * unit);
            }
        }

        flow.AddArcWithCapacityAndUnitCost(Source, Sink, mentees, 0);
        flow.SetNodeSupply(Source, mentees);
        flow.SetNodeSupply(Sink, -mentees);
        var status = flow.Solve();
        if (status != MinCostFlowBase.Status.OPTIMAL)
        {
            throw new InvalidOperationException($"The matching flow could not be solved: {status}.");
        }

        var assigned = new int[mentees];
        for (var i = 0; i < mentees; i++)
        {
            assigned[i] = -1;
            for (var k = 0; k < pairArcs[i].Length; k++)
            {
                if (flow.Flow(pairArcs[i][k]) > 0)
                {
                    assigned[i] = candidates.Mentors[i][k];
                }
            }
        }

        return assigned;
    }
}
