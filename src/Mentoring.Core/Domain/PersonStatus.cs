namespace Mentoring.Core.Domain;

public enum PersonStatus
{
    Active,
    Paused,
    Erased,
}
