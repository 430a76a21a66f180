namespace Mentoring.Core.Domain;

public sealed record CaseNote(DateTimeOffset At, string Author, string Text);
