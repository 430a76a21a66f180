using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs.Definitions;
using Mentoring.Conversations.Dialogs.Recognition;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Dialogs.Runtime;

/// <summary>
/// What the bot says in one turn, in the person's language, with placeholders filled from the
/// fields. Options go out as buttons where the channel has them, else as a numbered list under the
/// text; <c>ask-many</c> always as a list, because a button sends one option and the answer may be several.
/// </summary>
internal sealed class DialogWriter(DialogCatalog catalog, ITurnContext context, JsonObject values, Locale locale)
{
    public Locale Locale { get; set; } = locale;

    /// <summary>How many messages this turn has said so far.</summary>
    public int Said { get; private set; }

    public void Say(string key)
    {
        Said++;
        context.Send(new Activity { Text = Fill(key, null) });
    }

    public void Ask(Step step) => SendQuestion(step, Fill(step.Text!, null));

    public void Retry(Step step, string retryKey) => SendQuestion(step, Fill(retryKey, step));

    private void SendQuestion(Step step, string text)
    {
        Said++;
        var options = step.Kind switch
        {
            StepKind.AskChoice or StepKind.AskMany => step.Options!.ByLanguage[Locale.Language],
            StepKind.AskConfirm => Locale.YesNo,
            _ => null,
        };
        if (options is null)
        {
            context.Send(new Activity { Text = text });
        }
        else if (step.Kind == StepKind.AskMany || !context.Capabilities.SuggestedActions)
        {
            var list = new StringBuilder(text);
            for (var i = 0; i < options.Titles.Count; i++)
            {
                list.Append('\n').Append(i + 1).Append(". ").Append(options.Titles[i]);
            }

            context.Send(new Activity { Text = list.ToString() });
        }
        else
        {
            var buttons = new List<CardAction>(options.Titles.Count);
            for (var i = 0; i < options.Titles.Count; i++)
            {
                buttons.Add(new CardAction { Type = "imBack", Title = options.Titles[i], Value = options.ButtonValues[i] });
            }

            context.Send(new Activity { Text = text, SuggestedActions = new SuggestedActions { Actions = buttons } });
        }
    }

    /// <summary>A text with its placeholders filled; in a retry text, <c>{min}</c> and <c>{max}</c> are the question's limits.</summary>
    private string Fill(string key, Step? retried) => Locale.Text(key).Render(name => (retried, name) switch
    {
        ({ Kind: StepKind.AskNumber }, RuntimeTexts.Min) => retried.Min.ToString(CultureInfo.InvariantCulture),
        ({ Kind: StepKind.AskNumber }, RuntimeTexts.Max) => retried.Max.ToString(CultureInfo.InvariantCulture),
        ({ MaxLength: { } max }, RuntimeTexts.Max) => max.ToString(CultureInfo.InvariantCulture),
        _ => Field(name),
    });

    private string Field(string name)
    {
        var format = catalog.Formats.GetValueOrDefault(name);
        return values[name] is { } value ? Format(value, format) : string.Empty;
    }

    private string Format(JsonNode value, FieldFormat? format) => value.GetValueKind() switch
    {
        JsonValueKind.String when value.GetValue<string>() is var text => format switch
        {
            not null when format.OptionTexts.TryGetValue(text, out var key) => Locale.Text(key).Source,
            { IsAvailability: true } when AvailabilityGrid.TryParseCanonical(text, out var grid) => Locale.Availability.Format(grid, Locale.Comma, Locale.Semicolon),
            _ => text,
        },
        JsonValueKind.True => Locale.YesNo.Titles[0],
        JsonValueKind.False => Locale.YesNo.Titles[1],
        JsonValueKind.Array => string.Join(Locale.Comma + " ", value.AsArray().OfType<JsonNode>().Select(item => Format(item, format))),
        JsonValueKind.Null => string.Empty,
        _ => value.ToJsonString(),
    };
}
