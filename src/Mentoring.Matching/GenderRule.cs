namespace Mentoring.Matching;

/// <summary>What one side asks of the other's gender.</summary>
public enum GenderRule
{
    None,

    /// <summary>A soft wish: scored, never enforced.</summary>
    PreferSame,

    /// <summary>A hard rule: never broken.</summary>
    RequireSame,
}
