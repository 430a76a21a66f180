namespace Mentoring.Matching.Tests;

/// <summary>
/// The best total over every feasible assignment, found by trying them all: each mentee gets
/// one of its eligible mentors (by <see cref="ReferenceScore"/>, not excluded, with room left)
/// or nobody; a mentor's k-th new mentee costs <see cref="ReferenceScore.LoadCharge"/>.
/// Only for small rounds: (mentors + 1) ^ mentees assignments.
/// </summary>
internal static class BruteForce
{
    public static long Optimum(RoundInput input, MatchingWeights w)
    {
        var mentees = input.Mentees;
        var mentors = input.Mentors;
        var scores = mentees
            .Select(mentee => mentors
                .Select(mentor => input.ExcludedPairs.Contains((mentor.Id, mentee.Id)) ? null : ReferenceScore.Score(mentee, mentor, w, input))
                .ToArray())
            .ToArray();
        var given = new int[mentors.Count];

        long Best(int i)
        {
            if (i == mentees.Count)
            {
                return 0;
            }

            var best = Best(i + 1);
            for (var j = 0; j < mentors.Count; j++)
            {
                if (scores[i][j] is not { } score || given[j] >= mentors[j].Capacity - mentors[j].Load)
                {
                    continue;
                }

                var net = score - ReferenceScore.LoadCharge(mentors[j], given[j], w);
                given[j]++;
                best = Math.Max(best, net + Best(i + 1));
                given[j]--;
            }

            return best;
        }

        return Best(0);
    }
}
