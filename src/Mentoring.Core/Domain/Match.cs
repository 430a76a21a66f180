namespace Mentoring.Core.Domain;

/// <summary>
/// A mentor and a mentee, from the proposal to the end. The lifecycle is
/// Proposed → Accepted (by the mentor) → Active (the mentee confirmed) → Ended, and a proposal
/// that is not taken up ends as Declined, Expired or Cancelled. Where a coordinator approves
/// proposals first, a match starts as AwaitingApproval. Every move is checked against
/// <see cref="Transitions"/>; anything else throws.
/// </summary>
public sealed class Match : IVersioned
{
    private static readonly Dictionary<MatchState, MatchState[]> Transitions = new()
    {
        [MatchState.AwaitingApproval] = [MatchState.Proposed, MatchState.Cancelled],
        [MatchState.Proposed] = [MatchState.Accepted, MatchState.Declined, MatchState.Expired, MatchState.Cancelled],
        [MatchState.Accepted] = [MatchState.Active, MatchState.Declined, MatchState.Expired, MatchState.Cancelled],
        [MatchState.Active] = [MatchState.Ended],
        [MatchState.Ended] = [],
        [MatchState.Declined] = [],
        [MatchState.Expired] = [],
        [MatchState.Cancelled] = [],
    };

    private Match()
    {
    }

    public Match(Guid id, Guid mentorId, Guid menteeId, double score, IEnumerable<MatchReason> reasons, DateTimeOffset proposedAt, DateTimeOffset expiresAt, bool awaitingApproval = false)
    {
        if (mentorId == menteeId)
        {
            throw new DomainRuleException("Nobody mentors themselves.");
        }

        if (expiresAt <= proposedAt)
        {
            throw new DomainRuleException("A proposal expires after it is made.");
        }

        Id = id;
        MentorId = mentorId;
        MenteeId = menteeId;
        Score = score;
        Reasons = [.. reasons];
        ProposedAt = proposedAt;
        ExpiresAt = expiresAt;
        State = awaitingApproval ? MatchState.AwaitingApproval : MatchState.Proposed;
    }

    public Guid Id { get; private set; }

    public Guid MentorId { get; private set; }

    public Guid MenteeId { get; private set; }

    public MatchState State { get; private set; }

    public double Score { get; private set; }

    public List<MatchReason> Reasons { get; private set; } = [];

    public DateTimeOffset ProposedAt { get; private set; }

    /// <summary>A proposal not taken up by then expires, and the pair is never proposed again.</summary>
    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    public string? CloseReason { get; private set; }

    /// <summary>When the next check-in is due; set only while the match is active.</summary>
    public DateTimeOffset? NextCheckInAt { get; private set; }

    /// <summary>When both sides were asked the survey after the first month; null until then.</summary>
    public DateTimeOffset? FirstSurveyAt { get; private set; }

    /// <summary>When both sides were asked the survey at the end; null until then.</summary>
    public DateTimeOffset? EndSurveyAt { get; private set; }

    public long Version { get; private set; }

    /// <summary>Awaiting approval, proposed, accepted or active: holds a place of the mentor's capacity.</summary>
    public bool IsOpen => OpenStates.Contains(State);

    /// <summary>The states that hold a place of the mentor's capacity, for queries.</summary>
    public static readonly IReadOnlyList<MatchState> OpenStates = [MatchState.AwaitingApproval, MatchState.Proposed, MatchState.Accepted, MatchState.Active];

    /// <summary>The states after which a pair is never proposed again, for queries.</summary>
    public static readonly IReadOnlyList<MatchState> ExcludingStates = [MatchState.Declined, MatchState.Expired, MatchState.Ended];

    /// <summary>Declined, expired or ended: this pair is never proposed again.</summary>
    public bool ExcludesPair => ExcludingStates.Contains(State);

    public static bool CanMove(MatchState from, MatchState to) => Transitions[from].Contains(to);

    /// <summary>A coordinator let the proposal go out: the mentor has <paramref name="answerWithin"/> from now to answer.</summary>
    public void Approve(DateTimeOffset at, TimeSpan answerWithin)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(answerWithin, TimeSpan.Zero);
        MoveTo(MatchState.Proposed);
        ProposedAt = at;
        ExpiresAt = at + answerWithin;
    }

    public void Accept(DateTimeOffset at)
    {
        if (at >= ExpiresAt)
        {
            throw new DomainRuleException("This proposal has expired.");
        }

        MoveTo(MatchState.Accepted);
        AcceptedAt = at;
    }

    /// <summary>The mentee confirmed: the match is active and the first check-in is scheduled.</summary>
    public void Confirm(DateTimeOffset at, TimeSpan checkInInterval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(checkInInterval, TimeSpan.Zero);

        MoveTo(MatchState.Active);
        ActivatedAt = at;
        NextCheckInAt = at + checkInInterval;
    }

    public void Decline(DateTimeOffset at, string? reason) => Close(MatchState.Declined, at, reason);

    public void Expire(DateTimeOffset at)
    {
        if (at < ExpiresAt)
        {
            throw new DomainRuleException("This proposal has not expired yet.");
        }

        Close(MatchState.Expired, at, "expired");
    }

    public void Cancel(DateTimeOffset at, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Close(MatchState.Cancelled, at, reason);
    }

    public void End(DateTimeOffset at, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Close(MatchState.Ended, at, reason);
    }

    public void ScheduleNextCheckIn(DateTimeOffset at)
    {
        if (State != MatchState.Active)
        {
            throw new DomainRuleException("Only an active match has check-ins.");
        }

        NextCheckInAt = at;
    }

    /// <summary>Notes that the survey of this kind went out, once: false when it had already.</summary>
    public bool MarkSurveyed(FeedbackKind kind, DateTimeOffset at)
    {
        if (kind == FeedbackKind.End ? State != MatchState.Ended || EndSurveyAt is not null : ActivatedAt is null || FirstSurveyAt is not null)
        {
            return false;
        }

        if (kind == FeedbackKind.End)
        {
            EndSurveyAt = at;
        }
        else
        {
            FirstSurveyAt = at;
        }

        return true;
    }

    /// <summary>"Delete my data" by either side: the reason may quote them, so it goes.</summary>
    public void EraseFreeText() => CloseReason = CloseReason is null ? null : "erased";

    private void Close(MatchState state, DateTimeOffset at, string? reason)
    {
        MoveTo(state);
        ClosedAt = at;
        CloseReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        NextCheckInAt = null;
    }

    private void MoveTo(MatchState next)
    {
        if (!CanMove(State, next))
        {
            throw new InvalidMatchTransitionException(State, next);
        }

        State = next;
    }
}
