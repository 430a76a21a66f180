namespace Mentoring.Core.Domain;

public enum FeedbackKind
{
    FirstMonth,
    End,
}
