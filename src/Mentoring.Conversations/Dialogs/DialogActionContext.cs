using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs.Runtime;

namespace Mentoring.Conversations.Dialogs;

/// <summary>What an <see cref="IDialogAction"/> can see and change: the turn, the fields, the person's language, and what the bot says.</summary>
public sealed class DialogActionContext
{
    private readonly DialogTurn turn;
    private readonly DialogCatalog catalog;

    internal DialogActionContext(DialogTurn turn, ITurnContext turnContext, DialogCatalog catalog)
    {
        this.turn = turn;
        this.catalog = catalog;
        TurnContext = turnContext;
        Values = new DialogValues(turn.State.Values, catalog.Fields);
    }

    public ITurnContext TurnContext { get; }

    public DialogValues Values { get; }

    /// <summary>The name of the event the running flow was started for (a proposal arrived), if the service started it.</summary>
    public string? EventName => turn.State.Event?["name"] is JsonValue name && name.TryGetValue<string>(out var text) ? text : null;

    /// <summary>The value of that event (<c>{"matchId": …}</c>), whichever turn the flow is in now.</summary>
    public JsonElement? EventValue => turn.State.Event?["value"] is { } value ? JsonSerializer.SerializeToElement(value) : null;

    /// <summary>Whether the flow with this name is going on in the conversation (waiting under the one running now, say).</summary>
    public bool IsGoingOn(string flow) => catalog.Flows.TryGetValue(flow, out var found) && turn.State.Contains(found);

    /// <summary>The language the bot speaks with this person; setting it keeps it for the next turns too.</summary>
    /// <exception cref="ArgumentException">The dialogs have no locale file for that language.</exception>
    public string Language
    {
        get => turn.Writer.Locale.Language;
        set
        {
            if (!catalog.Locales.TryGetValue(value, out var locale))
            {
                throw new ArgumentException($"The dialogs have no language '{value}' (they have: {string.Join(", ", catalog.Languages)}).", nameof(value));
            }

            turn.Writer.Locale = locale;
            turn.State.Language = locale.Language;
        }
    }

    /// <summary>
    /// The text with this key in the person's language, as it is (placeholders not filled): for an
    /// action that composes a value shown in a text (a list of reasons, say).
    /// </summary>
    /// <exception cref="ArgumentException">No locale file has the key.</exception>
    public string Text(string textKey) =>
        turn.Writer.Locale.Entries.TryGetValue(textKey, out var entry) && entry.Text is not null
            ? entry.Text.Source
            : throw new ArgumentException($"There is no text '{textKey}' in the dialogs' locale files.", nameof(textKey));

    /// <summary>
    /// When this turn ends, the conversation forgets everything (its flows, every answer, the
    /// language): the next message starts it anew, as a stranger's first. For "delete my data".
    /// </summary>
    public void ForgetConversation() => turn.State.ForgetAfterTurn = true;

    /// <summary>Says the text with this key in the person's language, placeholders filled from the fields.</summary>
    /// <exception cref="ArgumentException">No locale file has the key.</exception>
    public void Say(string textKey)
    {
        if (!turn.Writer.Locale.Entries.TryGetValue(textKey, out var entry) || entry.Text is null)
        {
            throw new ArgumentException($"There is no text '{textKey}' in the dialogs' locale files.", nameof(textKey));
        }

        turn.Writer.Say(textKey);
    }
}
