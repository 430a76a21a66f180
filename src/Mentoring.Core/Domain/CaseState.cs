namespace Mentoring.Core.Domain;

public enum CaseState
{
    Open,
    InProgress,
    Resolved,
}
