using System.Text.Json.Nodes;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs.Runtime;

namespace Mentoring.Conversations.Dialogs;

/// <summary>
/// Runs the catalog's flows in a turn. Everything it remembers is in <see cref="ITurnContext.State"/>;
/// it holds nothing itself, so one instance serves every conversation.
/// </summary>
public sealed class DialogRunner(DialogCatalog catalog)
{
    public DialogCatalog Catalog => catalog;

    /// <summary>
    /// A message from the person: a command, or the answer to the question waiting. A new
    /// conversation starts the start flow; a message when nothing is going on starts the menu flow.
    /// </summary>
    public Task ContinueAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return new DialogTurn(catalog, turnContext).ContinueAsync(turnContext.Activity.Text, cancellationToken);
    }

    /// <summary>Starts the start flow if nothing has happened in this conversation yet; else does nothing.</summary>
    public Task WelcomeAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return new DialogTurn(catalog, turnContext).WelcomeAsync(cancellationToken);
    }

    /// <summary>
    /// Says one of the schema's <see cref="DialogSchema.Texts"/> in the person's language, with
    /// placeholders filled from the fields; nothing else of the conversation changes.
    /// </summary>
    public void Say(ITurnContext turnContext, string key)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!catalog.Schema.Texts.Contains(key))
        {
            throw new ArgumentException($"'{key}' is not one of the schema's texts, so it is not checked in every language.", nameof(key));
        }

        new DialogTurn(catalog, turnContext).Writer.Say(key);
    }

    /// <summary>
    /// Starts <paramref name="flow"/> for the turn's event activity: its actions read the event's
    /// name and value (<see cref="DialogActionContext.EventName"/>, <see cref="DialogActionContext.EventValue"/>)
    /// for as long as the flow runs, over later turns too. One notice at a time: while a flow
    /// another event started is going on, or one this flow may start, this one waits and starts when
    /// nothing is going on; a reminder (<see cref="DialogSchema.ReminderEvents"/>) waits only for its own flow.
    /// </summary>
    public Task BeginEventAsync(ITurnContext turnContext, string flow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var started = FlowNamed(flow);

        var activity = turnContext.Activity;
        var startedBy = new JsonObject { ["name"] = activity.Name };
        if (activity.Value is { } value)
        {
            startedBy["value"] = JsonNode.Parse(value.GetRawText());
        }

        var reminder = activity.Name is { } name && catalog.Schema.ReminderEvents.Contains(name);
        return new DialogTurn(catalog, turnContext).BeginEventAsync(started, startedBy, reminder, cancellationToken);
    }

    /// <summary>
    /// Starts <paramref name="flow"/> on top of whatever is going on (a proposal has arrived, say):
    /// when it ends, the question that was waiting is asked again.
    /// </summary>
    public Task BeginAsync(ITurnContext turnContext, string flow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var started = FlowNamed(flow);

        return new DialogTurn(catalog, turnContext).BeginAsync(started, cancellationToken);
    }

    private Definitions.Flow FlowNamed(string flow) =>
        catalog.Flows.TryGetValue(flow, out var found) ? found : throw new ArgumentException($"The dialogs have no flow '{flow}'.", nameof(flow));
}
