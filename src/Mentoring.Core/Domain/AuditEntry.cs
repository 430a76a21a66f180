namespace Mentoring.Core.Domain;

/// <summary>Who did what to which record: every coordinator action leaves one.</summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(DateTimeOffset at, string actor, string action, string subject, string? detail = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        At = at;
        Actor = actor;
        Action = action;
        Subject = subject;
        Detail = detail;
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string Actor { get; private set; } = string.Empty;

    public string Action { get; private set; } = string.Empty;

    /// <summary>The record acted on, as <c>Type/id</c>.</summary>
    public string Subject { get; private set; } = string.Empty;

    public string? Detail { get; private set; }
}
