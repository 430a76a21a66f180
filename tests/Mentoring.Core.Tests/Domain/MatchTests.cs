using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class MatchTests
{
    private static readonly DateTimeOffset ProposedAt = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset ExpiresAt = ProposedAt.AddDays(7);
    private static readonly DateTimeOffset BeforeExpiry = ProposedAt.AddDays(1);
    private static readonly TimeSpan CheckInInterval = TimeSpan.FromDays(14);

    // Written out here rather than read from Match, so the test is the specification.
    private static readonly HashSet<(MatchState From, MatchState To)> Allowed =
    [
        (MatchState.AwaitingApproval, MatchState.Proposed), (MatchState.AwaitingApproval, MatchState.Cancelled),
        (MatchState.Proposed, MatchState.Accepted), (MatchState.Proposed, MatchState.Declined),
        (MatchState.Proposed, MatchState.Expired), (MatchState.Proposed, MatchState.Cancelled),
        (MatchState.Accepted, MatchState.Active), (MatchState.Accepted, MatchState.Declined),
        (MatchState.Accepted, MatchState.Expired), (MatchState.Accepted, MatchState.Cancelled),
        (MatchState.Active, MatchState.Ended),
    ];

    public static TheoryData<MatchState, MatchState> AllowedMoves() => Pairs((from, to) => Allowed.Contains((from, to)));

    /// <summary>Every forbidden pair but those back to AwaitingApproval: no method leads there.</summary>
    public static TheoryData<MatchState, MatchState> ForbiddenMoves() =>
        Pairs((from, to) => !Allowed.Contains((from, to)) && to != MatchState.AwaitingApproval);

    public static TheoryData<MatchState, MatchState> AllPairs() => Pairs((_, _) => true);

    [Theory]
    [MemberData(nameof(AllowedMoves))]
    public void Move_ReachesTheState_WhenTheLifecycleAllowsIt(MatchState from, MatchState to)
    {
        var match = MatchIn(from);

        MoveTo(match, to);

        Assert.Equal(to, match.State);
    }

    [Theory]
    [MemberData(nameof(ForbiddenMoves))]
    public void Move_ThrowsWithBothStates_WhenTheLifecycleForbidsIt(MatchState from, MatchState to)
    {
        var match = MatchIn(from);

        var error = Assert.Throws<InvalidMatchTransitionException>(() => MoveTo(match, to));

        Assert.Equal((from, to), (error.From, error.To));
        Assert.Equal(from, match.State);
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void CanMove_AgreesWithTheLifecycle_ForEveryPairOfStates(MatchState from, MatchState to) =>
        Assert.Equal(Allowed.Contains((from, to)), Match.CanMove(from, to));

    [Fact]
    public void Accept_Throws_WhenTheProposalHasExpired()
    {
        var match = NewMatch();

        Assert.Throws<DomainRuleException>(() => match.Accept(ExpiresAt));
        Assert.Throws<DomainRuleException>(() => match.Accept(ExpiresAt.AddMinutes(1)));
        Assert.Equal(MatchState.Proposed, match.State);
    }

    [Fact]
    public void Accept_RecordsTheTime_WhenBeforeExpiry()
    {
        var match = NewMatch();

        match.Accept(BeforeExpiry);

        Assert.Equal(BeforeExpiry, match.AcceptedAt);
    }

    [Fact]
    public void Expire_Throws_WhenBeforeExpiresAt()
    {
        var match = NewMatch();

        Assert.Throws<DomainRuleException>(() => match.Expire(ExpiresAt.AddTicks(-1)));
        Assert.Equal(MatchState.Proposed, match.State);
    }

    [Fact]
    public void Confirm_SchedulesTheFirstCheckInOneIntervalLater()
    {
        var match = MatchIn(MatchState.Accepted);
        var at = BeforeExpiry.AddHours(3);

        match.Confirm(at, CheckInInterval);

        Assert.Equal(at, match.ActivatedAt);
        Assert.Equal(at + CheckInInterval, match.NextCheckInAt);
    }

    [Fact]
    public void Confirm_Throws_WhenTheIntervalIsNotPositive()
    {
        var match = MatchIn(MatchState.Accepted);

        Assert.Throws<ArgumentOutOfRangeException>(() => match.Confirm(BeforeExpiry, TimeSpan.Zero));
    }

    [Fact]
    public void End_ClearsNextCheckInAndRecordsTheTrimmedReason()
    {
        var match = MatchIn(MatchState.Active);
        var at = ProposedAt.AddDays(90);

        match.End(at, "  goal reached ");

        Assert.Null(match.NextCheckInAt);
        Assert.Equal(at, match.ClosedAt);
        Assert.Equal("goal reached", match.CloseReason);
    }

    [Fact]
    public void Decline_KeepsNoReason_WhenTheReasonIsBlank()
    {
        var match = NewMatch();

        match.Decline(BeforeExpiry, "   ");

        Assert.Null(match.CloseReason);
    }

    [Theory]
    [InlineData(MatchState.Proposed, true, false)]
    [InlineData(MatchState.Accepted, true, false)]
    [InlineData(MatchState.Active, true, false)]
    [InlineData(MatchState.Ended, false, true)]
    [InlineData(MatchState.Declined, false, true)]
    [InlineData(MatchState.Expired, false, true)]
    [InlineData(MatchState.Cancelled, false, false)]
    public void IsOpenAndExcludesPair_FollowTheState(MatchState state, bool isOpen, bool excludesPair)
    {
        var match = MatchIn(state);

        Assert.Equal(isOpen, match.IsOpen);
        Assert.Equal(excludesPair, match.ExcludesPair);
    }

    [Fact]
    public void Constructor_Throws_WhenMentorIsTheMentee()
    {
        var person = Guid.NewGuid();

        Assert.Throws<DomainRuleException>(() => new Match(Guid.NewGuid(), person, person, 50, [], ProposedAt, ExpiresAt));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_Throws_WhenExpiresAtIsNotAfterProposedAt(int days)
    {
        Assert.Throws<DomainRuleException>(
            () => new Match(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 50, [], ProposedAt, ProposedAt.AddDays(days)));
    }

    [Fact]
    public void Constructor_KeepsACopyOfTheReasons()
    {
        List<MatchReason> reasons = [new("same-sector", 30), new("shared-language", 20, "ar")];

        var match = new Match(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 50, reasons, ProposedAt, ExpiresAt);
        reasons.Clear();

        MatchReason[] expected = [new("same-sector", 30), new("shared-language", 20, "ar")];
        Assert.Equal(expected, match.Reasons);
        Assert.Equal(MatchState.Proposed, match.State);
    }

    [Fact]
    public void ScheduleNextCheckIn_Throws_WhenTheMatchIsNotActive()
    {
        var match = MatchIn(MatchState.Accepted);

        Assert.Throws<DomainRuleException>(() => match.ScheduleNextCheckIn(BeforeExpiry));
    }

    [Fact]
    public void Approve_SendsTheProposalWithAFreshExpiry()
    {
        var match = MatchIn(MatchState.AwaitingApproval);
        var approvedAt = ProposedAt.AddDays(2);

        match.Approve(approvedAt, TimeSpan.FromHours(72));

        Assert.Equal((MatchState.Proposed, approvedAt, approvedAt.AddHours(72)), (match.State, match.ProposedAt, match.ExpiresAt));
        Assert.True(match.IsOpen);
    }

    [Fact]
    public void EraseFreeText_ReplacesTheCloseReason()
    {
        var match = MatchIn(MatchState.Active);
        match.End(ProposedAt.AddDays(30), "Ahmed moved to Hamburg");

        match.EraseFreeText();

        Assert.Equal("erased", match.CloseReason);
    }

    private static TheoryData<MatchState, MatchState> Pairs(Func<MatchState, MatchState, bool> include)
    {
        var data = new TheoryData<MatchState, MatchState>();
        foreach (var from in Enum.GetValues<MatchState>())
        {
            foreach (var to in Enum.GetValues<MatchState>().Where(to => include(from, to)))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    private static Match NewMatch() =>
        new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 62.5, [new("same-sector", 30)], ProposedAt, ExpiresAt);

    /// <summary>A match driven into <paramref name="state"/> through the public lifecycle only.</summary>
    private static Match MatchIn(MatchState state)
    {
        if (state == MatchState.AwaitingApproval)
        {
            return new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 62.5, [new("same-sector", 30)], ProposedAt, ExpiresAt, awaitingApproval: true);
        }

        var match = NewMatch();
        if (state is MatchState.Accepted or MatchState.Active or MatchState.Ended)
        {
            match.Accept(BeforeExpiry);
        }

        if (state is MatchState.Active or MatchState.Ended)
        {
            match.Confirm(BeforeExpiry.AddHours(1), CheckInInterval);
        }

        if (state is not MatchState.Proposed and not MatchState.Accepted and not MatchState.Active)
        {
            MoveTo(match, state);
        }

        return match;
    }

    /// <summary>Calls the one public method that leads to <paramref name="to"/>, at a time it accepts.</summary>
    private static void MoveTo(Match match, MatchState to)
    {
        Action move = to switch
        {
            MatchState.Proposed => () => match.Approve(ProposedAt, ExpiresAt - ProposedAt),
            MatchState.Accepted => () => match.Accept(BeforeExpiry),
            MatchState.Active => () => match.Confirm(BeforeExpiry, CheckInInterval),
            MatchState.Declined => () => match.Decline(BeforeExpiry, "no time"),
            MatchState.Expired => () => match.Expire(ExpiresAt),
            MatchState.Cancelled => () => match.Cancel(BeforeExpiry, "mentor paused"),
            MatchState.Ended => () => match.End(ExpiresAt.AddDays(60), "goal reached"),
            _ => throw new ArgumentOutOfRangeException(nameof(to), to, "No public method leads there."),
        };
        move();
    }
}
