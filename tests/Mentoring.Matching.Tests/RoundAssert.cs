namespace Mentoring.Matching.Tests;

/// <summary>What every round's result must satisfy, whichever solver made it.</summary>
internal static class RoundAssert
{
    /// <summary>
    /// Known people only, each mentee at most once, no excluded pair, every pair allowed by the
    /// hard rules, no mentor past <c>Capacity - Load</c>.
    /// </summary>
    public static void KeepsRules(RoundInput input, MatchingWeights w, RoundResult result)
    {
        var mentees = input.Mentees.ToDictionary(m => m.Id);
        var mentors = input.Mentors.ToDictionary(m => m.Id);
        Assert.Equal(result.Proposals.Count, result.Proposals.Select(p => p.MenteeId).Distinct().Count());
        foreach (var proposal in result.Proposals)
        {
            Assert.DoesNotContain((proposal.MentorId, proposal.MenteeId), input.ExcludedPairs);
            Assert.NotNull(ReferenceScore.Reasons(mentees[proposal.MenteeId], mentors[proposal.MentorId], w, input));
        }

        foreach (var group in result.Proposals.GroupBy(p => p.MentorId))
        {
            Assert.InRange(group.Count(), 1, mentors[group.Key].Capacity - mentors[group.Key].Load);
        }
    }

    /// <summary>
    /// Each score is the sum of its reasons; the reasons other than the load are the pair's own,
    /// by the weights; a mentor given k mentees is charged the load penalty at its load + 0 … k − 1,
    /// once each.
    /// </summary>
    public static void ExplainsScores(RoundInput input, MatchingWeights w, RoundResult result)
    {
        var mentees = input.Mentees.ToDictionary(m => m.Id);
        var mentors = input.Mentors.ToDictionary(m => m.Id);
        foreach (var proposal in result.Proposals)
        {
            Assert.Equal(proposal.Score, proposal.Reasons.Sum(r => r.Points));
            Assert.Contains(proposal.Reasons, r => r.Code == Reason.MeetsRules);
            Assert.Contains(proposal.Reasons, r => r.Code == Reason.SharedLanguage);
            var expected = ReferenceScore.Reasons(mentees[proposal.MenteeId], mentors[proposal.MentorId], w, input)!;
            var actual = proposal.Reasons.Where(r => r.Code != Reason.MentorLoad).Select(r => (r.Code, r.Points));
            Assert.Equal(expected.Order(), actual.Order());
        }

        foreach (var group in result.Proposals.GroupBy(p => p.MentorId))
        {
            var mentor = mentors[group.Key];
            var charged = group.SelectMany(p => p.Reasons).Where(r => r.Code == Reason.MentorLoad).Select(r => -r.Points);
            var expected = Enumerable.Range(0, group.Count()).Select(k => ReferenceScore.LoadCharge(mentor, k, w)).Where(c => c != 0);
            Assert.Equal(expected.Order(), charged.Order());
        }
    }

    /// <summary>The same pairs with the same scores and reasons, in any order.</summary>
    public static void SameProposals(RoundResult expected, RoundResult actual) =>
        Assert.Equal(Describe(expected).Order(StringComparer.Ordinal), Describe(actual).Order(StringComparer.Ordinal));

    private static IEnumerable<string> Describe(RoundResult result) =>
        result.Proposals.Select(p => $"{p.MentorId} {p.MenteeId} {p.Score}: {string.Join(", ", p.Reasons)}");
}
