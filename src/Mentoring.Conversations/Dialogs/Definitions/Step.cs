namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>One step of a flow, as its YAML says; which settings are filled depends on <see cref="Kind"/>.</summary>
internal sealed class Step
{
    /// <summary>How many answers a question gets before the runtime gives the way out.</summary>
    public const int DefaultAttempts = 3;

    public required StepKind Kind { get; init; }

    public required int Line { get; init; }

    public Condition? When { get; init; }

    /// <summary>What <c>say</c> says, or the question an <c>ask-…</c> asks.</summary>
    public string? Text { get; init; }

    /// <summary>The field the answer goes into.</summary>
    public string? Store { get; init; }

    /// <summary>The step's own "please answer …" text instead of the runtime's.</summary>
    public string? Retry { get; init; }

    public int Attempts { get; init; } = DefaultAttempts;

    public int? MaxLength { get; init; }

    public int Min { get; init; }

    public int Max { get; init; }

    public OptionSet? Options { get; init; }

    public string? Action { get; init; }

    public string? Flow { get; init; }

    public bool IsQuestion => Kind is >= StepKind.AskText and <= StepKind.AskAvailability;
}
