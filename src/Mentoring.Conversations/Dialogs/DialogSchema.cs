namespace Mentoring.Conversations.Dialogs;

/// <summary>
/// What the host tells the runtime about itself: the fields flows may store into and read, the
/// actions it provides, and where conversations start. The flows in <c>dialogs/</c> are checked
/// against it at load.
/// </summary>
/// <param name="Fields">Every field a flow may store into, test in <c>when:</c> or show in a text.</param>
/// <param name="Actions">The names of the <see cref="IDialogAction"/>s the host registers.</param>
/// <param name="StartFlow">The flow a new conversation starts with.</param>
/// <param name="DefaultLanguage">For people whose language is not known, or not one the dialogs have.</param>
public sealed record DialogSchema(IReadOnlyList<DialogField> Fields, IReadOnlyCollection<string> Actions, string StartFlow, string DefaultLanguage)
{
    /// <summary>The flow a message starts when nothing is going on, and where <c>cancel</c> leads; the start flow when null.</summary>
    public string? MenuFlow { get; init; }

    /// <summary>
    /// The flow started for someone who could not answer a question in the attempts allowed (after
    /// the runtime's "stuck" text; the question is skipped either way). Null: no flow, just move on.
    /// </summary>
    public string? StuckFlow { get; init; }

    /// <summary>Languages that must have a locale file. Every locale file present is used, listed or not.</summary>
    public IReadOnlyCollection<string> Languages { get; init; } = [];

    /// <summary>
    /// Text keys the host says itself through <see cref="DialogRunner.Say"/> (a channel's keyword
    /// answers, say): checked at load like every other text, in every language.
    /// </summary>
    public IReadOnlyCollection<string> Texts { get; init; } = [];

    /// <summary>
    /// Events the service starts a conversation with (a proposal has arrived, say), by the event
    /// activity's name, and the flow each starts on top of what the person is doing (one event's
    /// flow at a time: a second waits until the first is answered). Its actions read the event's value.
    /// </summary>
    public IReadOnlyDictionary<string, string> EventFlows { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// Events that only remind of a question asked before: their flow starts on top even when a
    /// flow it may start is going on (any other event waits then). Such a flow must not start that
    /// flow again; <see cref="DialogActionContext.IsGoingOn"/> tells an action whether it is.
    /// </summary>
    public IReadOnlySet<string> ReminderEvents { get; init; } = new HashSet<string>();
}
