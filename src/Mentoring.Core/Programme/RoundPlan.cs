using Mentoring.Matching;

namespace Mentoring.Core.Programme;

/// <summary>A solved round not yet stored.</summary>
public sealed record RoundPlan(DateTimeOffset Now, int Waiting, RoundResult Result);
