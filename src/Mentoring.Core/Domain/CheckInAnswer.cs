namespace Mentoring.Core.Domain;

public enum CheckInAnswer
{
    Met,
    NotYet,
    Problem,
}
