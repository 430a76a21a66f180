namespace Mentoring.Core.Domain;

public enum Gender
{
    Unspecified,
    Woman,
    Man,
    NonBinary,
}
