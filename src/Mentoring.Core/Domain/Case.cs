namespace Mentoring.Core.Domain;

/// <summary>Something a coordinator must look at: a reported problem, silence, a failed delivery.</summary>
public sealed class Case : IVersioned
{
    private Case()
    {
    }

    public Case(Guid id, CaseKind kind, string summary, DateTimeOffset openedAt, Guid? matchId = null, Guid? personId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(summary);
        Id = id;
        Kind = kind;
        Summary = summary.Trim();
        OpenedAt = openedAt;
        MatchId = matchId;
        PersonId = personId;
        State = CaseState.Open;
    }

    public Guid Id { get; private set; }

    public CaseKind Kind { get; private set; }

    public CaseState State { get; private set; }

    public Guid? MatchId { get; private set; }

    public Guid? PersonId { get; private set; }

    /// <summary>May quote the person's own words ("there is a problem: …").</summary>
    public string Summary { get; private set; } = string.Empty;

    public string? Assignee { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? Resolution { get; private set; }

    public List<CaseNote> Notes { get; private set; } = [];

    public long Version { get; private set; }

    public void Assign(string coordinator, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinator);
        RequireNotResolved();
        Assignee = coordinator;
        State = CaseState.InProgress;
        Notes.Add(new CaseNote(at, coordinator, "assigned"));
    }

    public void AddNote(string author, string text, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(author);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Notes.Add(new CaseNote(at, author, text.Trim()));
    }

    public void Resolve(string coordinator, string resolution, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(coordinator);
        ArgumentException.ThrowIfNullOrWhiteSpace(resolution);
        RequireNotResolved();
        State = CaseState.Resolved;
        ResolvedAt = at;
        Resolution = resolution.Trim();
        Assignee ??= coordinator;
    }

    public void Reopen(string coordinator, DateTimeOffset at)
    {
        if (State != CaseState.Resolved)
        {
            throw new DomainRuleException("Only a resolved case can be reopened.");
        }

        State = CaseState.Open;
        ResolvedAt = null;
        Resolution = null;
        Notes.Add(new CaseNote(at, coordinator, "reopened"));
    }

    public void EraseFreeText()
    {
        Summary = "erased";
        Notes = [.. Notes.Select(n => n with { Text = "erased" })];
    }

    private void RequireNotResolved()
    {
        if (State == CaseState.Resolved)
        {
            throw new DomainRuleException("This case is resolved; reopen it first.");
        }
    }
}
