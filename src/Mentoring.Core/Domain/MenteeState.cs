namespace Mentoring.Core.Domain;

public enum MenteeState
{
    /// <summary>In the waiting list: taken into every matching round until matched.</summary>
    Waiting,

    /// <summary>A proposal is out for this mentee: no round proposes them again until it closes.</summary>
    Proposed,
    Matched,
    Withdrawn,
}
