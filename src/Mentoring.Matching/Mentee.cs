namespace Mentoring.Matching;

/// <summary>
/// A person waiting for a mentor, as matching sees them. Only people who may be matched are
/// given (active, not paused, consented, waiting, no open proposal): the caller filters.
/// </summary>
/// <param name="Availability">The 21-slot weekly mask (7 days × 3 parts of the day).</param>
/// <param name="Goal">The mentoring goal as a number 0–31; mentors offer goals as a bit mask.</param>
public sealed record Mentee(
    Guid Id,
    IReadOnlyList<Spoken> Languages,
    Gender Gender,
    GenderRule MentorGender,
    int Availability,
    bool RemoteOk,
    string Sector,
    int Goal,
    string? Town,
    DateTimeOffset WaitingSince);
