namespace Mentoring.Core.Domain;

public enum MatchState
{
    /// <summary>Found by a round in a programme where a coordinator approves proposals before they are sent.</summary>
    AwaitingApproval,
    Proposed,
    Accepted,
    Active,
    Ended,
    Declined,
    Expired,
    Cancelled,
}
