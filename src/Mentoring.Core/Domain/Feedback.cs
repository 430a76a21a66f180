namespace Mentoring.Core.Domain;

/// <summary>A survey answer about a match: after the first month and at the end.</summary>
public sealed class Feedback
{
    public const int MaxCommentLength = 1000;

    private Feedback()
    {
    }

    public Feedback(Guid id, Guid matchId, Guid personId, FeedbackKind kind, int rating, FeedbackOutcome outcome, string? comment, DateTimeOffset givenAt)
    {
        if (rating is < 1 or > 5)
        {
            throw new DomainRuleException("A rating is 1 to 5.");
        }

        if (!Enum.IsDefined(outcome) || !Enum.IsDefined(kind))
        {
            throw new DomainRuleException("Unknown feedback kind or outcome.");
        }

        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmed?.Length > MaxCommentLength)
        {
            throw new DomainRuleException($"A comment is at most {MaxCommentLength} characters.");
        }

        Id = id;
        MatchId = matchId;
        PersonId = personId;
        Kind = kind;
        Rating = rating;
        Outcome = outcome;
        Comment = trimmed;
        GivenAt = givenAt;
    }

    public Guid Id { get; private set; }

    public Guid MatchId { get; private set; }

    public Guid PersonId { get; private set; }

    public FeedbackKind Kind { get; private set; }

    public int Rating { get; private set; }

    public FeedbackOutcome Outcome { get; private set; }

    public string? Comment { get; private set; }

    public DateTimeOffset GivenAt { get; private set; }

    public void EraseFreeText() => Comment = null;
}
