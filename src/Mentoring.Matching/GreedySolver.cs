namespace Mentoring.Matching;

/// <summary>
/// What programmes do by hand today, kept as the benchmark's baseline: in waiting order, each
/// mentee gets the best mentor who still has room (the load penalty included), ties by index.
/// </summary>
internal static class GreedySolver
{
    public static int[] Solve(Compiled round, Candidates candidates, MatchingWeights weights)
    {
        var given = new int[round.MentorRows.Length];
        var assigned = new int[round.MenteeRows.Length];
        for (var i = 0; i < assigned.Length; i++)
        {
            var (best, bestValue) = (-1, 0);
            var row = candidates.Mentors[i];
            for (var k = 0; k < row.Length; k++)
            {
                var j = row[k];
                var mentor = round.MentorRows[j];
                if (given[j] >= mentor.Free)
                {
                    continue;
                }

                var value = candidates.Scores[i][k] - PairScore.LoadCost(mentor.Load + given[j], weights);
                if (value > bestValue)
                {
                    (best, bestValue) = (j, value);
                }
            }

            assigned[i] = best;
            if (best >= 0)
            {
                given[best]++;
            }
        }

        return assigned;
    }
}
