namespace Mentoring.Core.Domain;

/// <summary>
/// One part of a match's score, kept so the mentor can be told why and a coordinator can check:
/// <c>same-sector</c> +30, <c>shared-language</c> ar (native) +20, and so on.
/// </summary>
public sealed record MatchReason(string Code, double Points, string? Detail = null);
