namespace Mentoring.Matching;

/// <summary>A pair the round proposes, with its score and every reason that makes it up.</summary>
public sealed record Proposal(Guid MentorId, Guid MenteeId, int Score, IReadOnlyList<Reason> Reasons);
