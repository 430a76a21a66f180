using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class CheckInTests
{
    private static readonly DateTimeOffset DueAt = Samples.Now;

    [Fact]
    public void TryNudge_ReturnsFalse_BeforeThePrompt()
    {
        var checkIn = NewCheckIn();

        Assert.False(checkIn.TryNudge(DueAt.AddDays(2)));
        Assert.Null(checkIn.NudgedAt);
    }

    [Fact]
    public void TryNudge_NudgesOnce_AfterThePrompt()
    {
        var checkIn = NewCheckIn();
        checkIn.Prompt(DueAt);

        Assert.True(checkIn.TryNudge(DueAt.AddDays(2)));
        Assert.False(checkIn.TryNudge(DueAt.AddDays(4)));
        Assert.Equal(DueAt.AddDays(2), checkIn.NudgedAt);
    }

    [Fact]
    public void TryNudge_ReturnsFalse_AfterAnAnswer()
    {
        var checkIn = NewCheckIn();
        checkIn.Prompt(DueAt);
        checkIn.RecordAnswer(CheckInAnswer.Met, DueAt.AddHours(1), null);

        Assert.False(checkIn.TryNudge(DueAt.AddDays(2)));
    }

    [Fact]
    public void Prompt_KeepsTheFirstTime()
    {
        var checkIn = NewCheckIn();

        checkIn.Prompt(DueAt);
        checkIn.Prompt(DueAt.AddHours(5));

        Assert.Equal(DueAt, checkIn.PromptedAt);
    }

    [Fact]
    public void RecordAnswer_KeepsAnswerTimeAndTrimmedNote()
    {
        var checkIn = NewCheckIn();

        checkIn.RecordAnswer(CheckInAnswer.Problem, DueAt.AddHours(1), "  he did not come  ");

        Assert.True(checkIn.IsAnswered);
        Assert.Equal(CheckInAnswer.Problem, checkIn.Answer);
        Assert.Equal(DueAt.AddHours(1), checkIn.AnsweredAt);
        Assert.Equal("he did not come", checkIn.Note);
    }

    [Fact]
    public void RecordAnswer_Throws_WhenAlreadyAnswered()
    {
        var checkIn = NewCheckIn();
        checkIn.RecordAnswer(CheckInAnswer.Met, DueAt, null);

        Assert.Throws<DomainRuleException>(() => checkIn.RecordAnswer(CheckInAnswer.NotYet, DueAt.AddHours(1), null));
        Assert.Equal(CheckInAnswer.Met, checkIn.Answer);
    }

    [Fact]
    public void EraseFreeText_RemovesTheNote()
    {
        var checkIn = NewCheckIn();
        checkIn.RecordAnswer(CheckInAnswer.Problem, DueAt, "my mentor shouted");

        checkIn.EraseFreeText();

        Assert.Null(checkIn.Note);
    }

    private static CheckIn NewCheckIn() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DueAt);
}
