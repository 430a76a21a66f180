namespace Mentoring.Core.Domain;

/// <summary>What a person asks of the other side's gender.</summary>
public enum GenderPreference
{
    None,
    PreferSame,

    /// <summary>A hard rule for matching: never broken.</summary>
    RequireSame,
}
