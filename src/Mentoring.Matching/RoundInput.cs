namespace Mentoring.Matching;

/// <summary>Everything one matching round decides on.</summary>
/// <param name="ExcludedPairs">Pairs never to propose again (declined, expired or ended before).</param>
/// <param name="SectorFamily">The family of a sector code; sectors of one family are related.</param>
public sealed record RoundInput(
    IReadOnlyList<Mentee> Mentees,
    IReadOnlyList<Mentor> Mentors,
    IReadOnlySet<(Guid MentorId, Guid MenteeId)> ExcludedPairs,
    Func<string, string> SectorFamily,
    DateTimeOffset Now);
