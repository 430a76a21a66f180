namespace Mentoring.Core.Domain;

public enum MenteeState
{
    /// <summary>In the waiting list: taken into every matching round until matched.</summary>
    Waiting,
    Matched,
    Withdrawn,
}
