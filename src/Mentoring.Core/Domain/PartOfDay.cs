namespace Mentoring.Core.Domain;

public enum PartOfDay
{
    Morning,
    Afternoon,
    Evening,
}
