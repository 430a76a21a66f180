namespace Mentoring.Matching.Tests;

/// <summary>The round's guarantees by example, with the people of <see cref="TestPeople"/> (a pair scores 90).</summary>
public sealed partial class MatchingRoundTests
{
    private static readonly MatchingRound ExactRound = new(RoundOptions.Exact());

    private static readonly MatchingRound PrunedRound = new(new RoundOptions());

    [Theory]
    [InlineData(0, 0)]
    [InlineData(2, 0)]
    [InlineData(0, 2)]
    public void Propose_ReturnsNoProposals_WhenNobodyCanBeMatched(int mentees, int mentors)
    {
        var input = TestPeople.Round(
            [.. Enumerable.Range(0, mentees).Select(TestPeople.Mentee)], [.. Enumerable.Range(0, mentors).Select(TestPeople.Mentor)]);

        foreach (var result in Results(input))
        {
            Assert.Empty(result.Proposals);
            Assert.Equal(0, result.CandidatePairs);
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(1, 3)]
    public void Propose_GivesAMentorNobody_WhenLoadReachesCapacity(int capacity, int load)
    {
        var input = TestPeople.Round([TestPeople.Mentee()], [TestPeople.Mentor() with { Capacity = capacity, Load = load }]);

        Assert.All(Results(input), result => Assert.Empty(result.Proposals));
    }

    [Fact]
    public void Propose_NeverProposesAnExcludedPair_EvenWhenItIsTheOnlyOption()
    {
        var input = TestPeople.Round(
            [TestPeople.Mentee()], [TestPeople.Mentor()], new HashSet<(Guid, Guid)> { (TestPeople.MentorId(0), TestPeople.MenteeId(0)) });

        Assert.All(Results(input), result => Assert.Empty(result.Proposals));
    }

    [Theory]
    [InlineData(2, 5)]
    [InlineData(300, 200)]
    public void Propose_GivesTheMentorToWhoWaitedLonger_WhenScoresTie(int firstWaitedDays, int secondWaitedDays)
    {
        var input = TestPeople.Round(
            [TestPeople.Mentee(0) with { WaitingSince = TestPeople.Now.AddDays(-firstWaitedDays) }, TestPeople.Mentee(1) with { WaitingSince = TestPeople.Now.AddDays(-secondWaitedDays) }],
            [TestPeople.Mentor()]);
        var longerWaiting = TestPeople.MenteeId(firstWaitedDays > secondWaitedDays ? 0 : 1);

        foreach (var result in Results(input))
        {
            Assert.Equal(longerWaiting, Assert.Single(result.Proposals).MenteeId);
        }
    }

    [Fact]
    public void Propose_MatchesBothMentees_WhereGreedyMatchesOne()
    {
        // The first mentee fits both mentors, the second only the first mentor: deciding one
        // mentee at a time takes the second mentee's only mentor away.
        var first = TestPeople.Mentee(0);
        var second = TestPeople.Mentee(1) with { Languages = [new Spoken("en", 3)] };
        var bothLanguages = TestPeople.Mentor(0) with { Languages = [new Spoken("de", 3), new Spoken("en", 3)] };
        var relatedSector = TestPeople.Mentor(1) with { Sectors = ["data"] };
        var input = TestPeople.Round([first, second], [bothLanguages, relatedSector]);

        var exact = ExactRound.Propose(input);
        var greedy = ExactRound.ProposeGreedy(input);

        Assert.Equal([(bothLanguages.Id, second.Id), (relatedSector.Id, first.Id)], exact.Proposals.Select(p => (p.MentorId, p.MenteeId)).Order());
        Assert.Equal(90 + 75, exact.TotalScore);
        var greedyOnly = Assert.Single(greedy.Proposals);
        Assert.Equal((bothLanguages.Id, first.Id), (greedyOnly.MentorId, greedyOnly.MenteeId));
    }

    [Fact]
    public void Propose_SpreadsMentees_ByTheLoadPenalty()
    {
        var input = TestPeople.Round([TestPeople.Mentee(0), TestPeople.Mentee(1)], [TestPeople.Mentor(0) with { Capacity = 2 }, TestPeople.Mentor(1)]);

        var result = ExactRound.Propose(input);

        Assert.Equal(2, result.Proposals.Select(p => p.MentorId).Distinct().Count());
        Assert.Equal(180, result.TotalScore);
    }

    [Fact]
    public void Propose_ChargesTheLoadPenalty_ForMenteesTheMentorHasAlready()
    {
        var input = TestPeople.Round([TestPeople.Mentee()], [TestPeople.Mentor() with { Capacity = 3, Load = 2 }]);

        var proposal = Assert.Single(ExactRound.Propose(input).Proposals);

        Assert.Equal(new Reason(Reason.MentorLoad, -8, "2"), proposal.Reasons[^1]);
        Assert.Equal(90 - 8, proposal.Score);
    }

    [Fact]
    public void Propose_LeavesTheMenteeWaiting_WhenThePairAddsNothingToTheTotal()
    {
        // 8 points for the pair, 8 for the mentee the mentor has: the pair adds nothing. The
        // second mentee shares no language with the mentor and is there to make the round real.
        var weights = new MatchingWeights
        {
            MeetsRules = 8,
            LanguagePerLevel = 0,
            SameSector = 0,
            CommonTimePerSlot = 0,
            LoadPenalty = 8,
        };
        var input = TestPeople.Round(
            [TestPeople.Mentee(0), TestPeople.Mentee(1) with { Languages = [new Spoken("fa", 4)] }],
            [TestPeople.Mentor() with { Capacity = 2, Load = 1 }]);

        Assert.Empty(new MatchingRound(RoundOptions.Exact(weights)).Propose(input).Proposals);
    }

    private static IEnumerable<RoundResult> Results(RoundInput input) =>
        [ExactRound.Propose(input), PrunedRound.Propose(input), ExactRound.ProposeGreedy(input), PrunedRound.ProposeGreedy(input)];
}
