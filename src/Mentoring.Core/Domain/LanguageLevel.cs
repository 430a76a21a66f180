namespace Mentoring.Core.Domain;

public enum LanguageLevel
{
    Basic = 1,
    Conversational = 2,
    Fluent = 3,
    Native = 4,
}
