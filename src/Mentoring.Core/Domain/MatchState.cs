namespace Mentoring.Core.Domain;

public enum MatchState
{
    Proposed,
    Accepted,
    Active,
    Ended,
    Declined,
    Expired,
    Cancelled,
}
