namespace Mentoring.Core.Programme;

/// <summary>What a stored round did.</summary>
public sealed record RoundSummary(int Waiting, int Proposed, bool AwaitingApproval);
