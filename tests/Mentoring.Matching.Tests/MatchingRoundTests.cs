using CsCheck;

namespace Mentoring.Matching.Tests;

/// <summary>
/// The round's guarantees as properties over random rounds (<see cref="Generators"/>): rules,
/// capacity, explained scores, the exact optimum against brute force, and determinism.
/// Examples of the same behaviour are in <c>MatchingRoundTests.Examples.cs</c>.
/// </summary>
public sealed partial class MatchingRoundTests
{
    private const int Iterations = 200;

    private static readonly Gen<RoundCase> Medium = Generators.Cases(maxMentees: 25, maxMentors: 12);

    /// <summary>Within reach of brute force: at most 5^6 assignments.</summary>
    private static readonly Gen<RoundCase> Small = Generators.Cases(maxMentees: 6, maxMentors: 4, maxCapacity: 2, minPeople: 1);

    [Fact]
    public void Propose_KeepsEveryRuleAndCapacity_WhenExact() =>
        Medium.Sample(c => RoundAssert.KeepsRules(c.Input, c.Weights, c.Exact.Propose(c.Input)), iter: Iterations);

    [Fact]
    public void Propose_KeepsEveryRuleAndCapacity_WhenPruned() =>
        Medium.Sample(c => RoundAssert.KeepsRules(c.Input, c.Weights, c.Pruning.Propose(c.Input)), iter: Iterations);

    [Fact]
    public void ProposeGreedy_KeepsEveryRuleAndCapacity() =>
        Medium.Sample(c =>
        {
            RoundAssert.KeepsRules(c.Input, c.Weights, c.Exact.ProposeGreedy(c.Input));
            RoundAssert.KeepsRules(c.Input, c.Weights, c.Pruning.ProposeGreedy(c.Input));
        }, iter: Iterations);

    [Fact]
    public void Propose_ExplainsEveryScore_ByItsReasons() =>
        Medium.Sample(c =>
        {
            RoundAssert.ExplainsScores(c.Input, c.Weights, c.Exact.Propose(c.Input));
            RoundAssert.ExplainsScores(c.Input, c.Weights, c.Pruning.Propose(c.Input));
            RoundAssert.ExplainsScores(c.Input, c.Weights, c.Exact.ProposeGreedy(c.Input));
        }, iter: Iterations);

    /// <summary>A pair that adds exactly nothing is rare (weights in steps of 5 make it happen), hence more samples.</summary>
    [Fact]
    public void Propose_ProposesOnlyPairsThatAddToTheTotal() =>
        Medium.Sample(c =>
        {
            foreach (var result in new[] { c.Exact.Propose(c.Input), c.Pruning.Propose(c.Input), c.Exact.ProposeGreedy(c.Input) })
            {
                Assert.All(result.Proposals, p => Assert.InRange(p.Score, 1, int.MaxValue));
            }
        }, iter: 5 * Iterations);

    [Fact]
    public void Propose_FindsTheBruteForceOptimum_WhenExact() =>
        Small.Sample(c => Assert.Equal(BruteForce.Optimum(c.Input, c.Weights), c.Exact.Propose(c.Input).TotalScore), iter: 500);

    [Fact]
    public void Propose_ScoresAtMostTheExactTotal_WhenPruned() =>
        Medium.Sample(c => Assert.InRange(c.Pruning.Propose(c.Input).TotalScore, 0, c.Exact.Propose(c.Input).TotalScore), iter: Iterations);

    [Fact]
    public void ProposeGreedy_ScoresAtMostTheExactTotal() =>
        Medium.Sample(c => Assert.InRange(c.Exact.ProposeGreedy(c.Input).TotalScore, 0, c.Exact.Propose(c.Input).TotalScore), iter: Iterations);

    [Fact]
    public void Propose_ScoresAtMostTheBruteForceOptimum_WhenPrunedOrGreedy() =>
        Small.Sample(c =>
        {
            var optimum = BruteForce.Optimum(c.Input, c.Weights);
            Assert.InRange(c.Pruning.Propose(c.Input).TotalScore, 0, optimum);
            Assert.InRange(c.Pruning.ProposeGreedy(c.Input).TotalScore, 0, optimum);
        }, iter: Iterations);

    [Fact]
    public void Propose_GivesTheSameProposals_ForTheSameInput() =>
        Medium.Sample(c =>
        {
            foreach (var round in new[] { c.Exact, c.Pruning })
            {
                var first = round.Propose(c.Input);
                var second = round.Propose(c.Input);
                Assert.Equal(first.Proposals.Select(p => (p.MentorId, p.MenteeId, p.Score)), second.Proposals.Select(p => (p.MentorId, p.MenteeId, p.Score)));
                Assert.Equal(first.CandidatePairs, second.CandidatePairs);
            }
        }, iter: Iterations);

    [Fact]
    public void Propose_GivesTheSameProposals_WhateverTheInputOrder() =>
        Medium.Sample(c =>
        {
            var reordered = c.Reordered();
            foreach (var round in new[] { c.Exact, c.Pruning })
            {
                RoundAssert.SameProposals(round.Propose(c.Input), round.Propose(reordered));
                RoundAssert.SameProposals(round.ProposeGreedy(c.Input), round.ProposeGreedy(reordered));
            }
        }, iter: Iterations);
}
