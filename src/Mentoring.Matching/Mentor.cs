namespace Mentoring.Matching;

/// <summary>
/// A volunteer who may receive proposals (approved, inducted, active, not paused): the caller
/// filters. <paramref name="Load"/> counts the mentees the mentor has now (open proposals and
/// active matches); only <c>Capacity - Load</c> more may be proposed.
/// </summary>
/// <param name="Goals">The goals offered, as a bit mask over <see cref="Mentee.Goal"/>.</param>
public sealed record Mentor(
    Guid Id,
    IReadOnlyList<Spoken> Languages,
    Gender Gender,
    GenderRule MenteeGender,
    int Availability,
    bool RemoteOk,
    IReadOnlyList<string> Sectors,
    int Goals,
    string? Town,
    int Capacity,
    int Load)
{
    public int FreeCapacity => Math.Max(0, Capacity - Load);
}
