namespace Mentoring.Core.Domain;

/// <summary>"Did you meet since last time?" asked of one side of an active match.</summary>
public sealed class CheckIn
{
    private CheckIn()
    {
    }

    public CheckIn(Guid id, Guid matchId, Guid personId, DateTimeOffset dueAt)
    {
        Id = id;
        MatchId = matchId;
        PersonId = personId;
        DueAt = dueAt;
    }

    public Guid Id { get; private set; }

    public Guid MatchId { get; private set; }

    public Guid PersonId { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public DateTimeOffset? PromptedAt { get; private set; }

    public DateTimeOffset? NudgedAt { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    public CheckInAnswer? Answer { get; private set; }

    public string? Note { get; private set; }

    public bool IsAnswered => AnsweredAt is not null;

    public void Prompt(DateTimeOffset at) => PromptedAt ??= at;

    /// <summary>One reminder, never more: silence after it is a coordinator's business.</summary>
    public bool TryNudge(DateTimeOffset at)
    {
        if (PromptedAt is null || NudgedAt is not null || IsAnswered)
        {
            return false;
        }

        NudgedAt = at;
        return true;
    }

    public void RecordAnswer(CheckInAnswer answer, DateTimeOffset at, string? note)
    {
        if (IsAnswered)
        {
            throw new DomainRuleException("This check-in was already answered.");
        }

        Answer = answer;
        AnsweredAt = at;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }

    public void EraseFreeText() => Note = null;
}
