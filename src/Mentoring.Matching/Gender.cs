namespace Mentoring.Matching;

public enum Gender
{
    Unspecified,
    Woman,
    Man,
    NonBinary,
}
