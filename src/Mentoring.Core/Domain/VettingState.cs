namespace Mentoring.Core.Domain;

public enum VettingState
{
    Pending,
    Approved,
    Rejected,
}
