using Mentoring.Core.Domain;

namespace Mentoring.Core.Tests.Domain;

public sealed class CaseTests
{
    private const string Coordinator = "coordinator.berlin";
    private static readonly DateTimeOffset Opened = Samples.Now;

    [Fact]
    public void Constructor_OpensTheCaseWithATrimmedSummary()
    {
        var @case = NewCase();

        Assert.Equal(CaseState.Open, @case.State);
        Assert.Equal("there is a problem: he never answers", @case.Summary);
    }

    [Fact]
    public void Assign_PutsTheCaseInProgressWithANote()
    {
        var @case = NewCase();

        @case.Assign(Coordinator, Opened.AddHours(1));

        Assert.Equal(CaseState.InProgress, @case.State);
        Assert.Equal(Coordinator, @case.Assignee);
        Assert.Equal(new CaseNote(Opened.AddHours(1), Coordinator, "assigned"), Assert.Single(@case.Notes));
    }

    [Fact]
    public void Resolve_RecordsTheResolutionAndWhoResolvedIt()
    {
        var @case = NewCase();

        @case.Resolve(Coordinator, " called both, new date agreed ", Opened.AddDays(1));

        Assert.Equal(CaseState.Resolved, @case.State);
        Assert.Equal(Opened.AddDays(1), @case.ResolvedAt);
        Assert.Equal("called both, new date agreed", @case.Resolution);
        Assert.Equal(Coordinator, @case.Assignee);
    }

    [Fact]
    public void Resolve_KeepsTheAssignee_WhenSomeoneElseResolves()
    {
        var @case = NewCase();
        @case.Assign(Coordinator, Opened);

        @case.Resolve("coordinator.hamburg", "done", Opened.AddDays(1));

        Assert.Equal(Coordinator, @case.Assignee);
    }

    [Fact]
    public void ResolveAndAssign_Throw_WhenAlreadyResolved()
    {
        var @case = ResolvedCase();

        Assert.Throws<DomainRuleException>(() => @case.Resolve(Coordinator, "again", Opened.AddDays(2)));
        Assert.Throws<DomainRuleException>(() => @case.Assign(Coordinator, Opened.AddDays(2)));
        Assert.Equal("done", @case.Resolution);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Reopen_Throws_WhenNotResolved(bool assigned)
    {
        var @case = NewCase();
        if (assigned)
        {
            @case.Assign(Coordinator, Opened);
        }

        Assert.Throws<DomainRuleException>(() => @case.Reopen(Coordinator, Opened.AddDays(1)));
    }

    [Fact]
    public void Reopen_OpensAResolvedCaseAndClearsTheResolution()
    {
        var @case = ResolvedCase();

        @case.Reopen(Coordinator, Opened.AddDays(3));

        Assert.Equal(CaseState.Open, @case.State);
        Assert.Null(@case.ResolvedAt);
        Assert.Null(@case.Resolution);
        Assert.Equal("reopened", @case.Notes[^1].Text);
    }

    [Fact]
    public void EraseFreeText_ReplacesSummaryAndNoteTexts()
    {
        var @case = NewCase();
        @case.AddNote(Coordinator, "Spoke to Amina, she is afraid of him", Opened.AddHours(2));

        @case.EraseFreeText();

        Assert.Equal("erased", @case.Summary);
        Assert.All(@case.Notes, note => Assert.Equal("erased", note.Text));
        Assert.Equal(Coordinator, Assert.Single(@case.Notes).Author);
    }

    private static Case NewCase() =>
        new(Guid.NewGuid(), CaseKind.Problem, "  there is a problem: he never answers ", Opened, Guid.NewGuid());

    private static Case ResolvedCase()
    {
        var @case = NewCase();
        @case.Resolve(Coordinator, "done", Opened.AddDays(1));
        return @case;
    }
}
