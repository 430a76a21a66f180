namespace Mentoring.Matching;

/// <summary>One part of a proposal's score, in words a coordinator (and the mentor) can read.</summary>
/// <param name="Code">Stable id, e.g. <c>same-sector</c>; texts are looked up by it.</param>
/// <param name="Detail">What it was about, e.g. the sector or language code.</param>
public sealed record Reason(string Code, int Points, string? Detail = null)
{
    public const string MeetsRules = "meets-rules";
    public const string SameSector = "same-sector";
    public const string RelatedSector = "related-sector";
    public const string GoalOffered = "goal-offered";
    public const string SharedLanguage = "shared-language";
    public const string CommonTime = "common-time";
    public const string PreferredGender = "preferred-gender";
    public const string SameTown = "same-town";
    public const string Waiting = "waiting";
    public const string MentorLoad = "mentor-load";
}
