using System.Numerics;
using System.Text.Json.Nodes;
using Mentoring.Conversations.Dialogs.Definitions;
using Mentoring.Conversations.Dialogs.Recognition;

namespace Mentoring.Conversations.Dialogs.Runtime;

/// <summary>Turns an answer into the value a question stores, or says which "please answer …" text to send instead.</summary>
internal static class AnswerReader
{
    /// <summary>
    /// Past this, an answer to a question with set answers is something else (a story, a pasted
    /// text): the question is asked again rather than searched for a stray number.
    /// </summary>
    private const int MaxChoiceAnswerLength = 300;

    /// <returns>The value to store; null when the answer does not answer the question.</returns>
    public static JsonNode? Read(Step step, string? raw, NormalizedText answer, Locale locale, out string retryKey)
    {
        retryKey = step.Retry ?? DefaultRetry(step.Kind);
        if (step.Kind == StepKind.AskText)
        {
            var text = raw?.Trim() ?? string.Empty;
            if (!text.Any(char.IsLetterOrDigit))
            {
                return null;
            }

            if (text.Length > step.MaxLength)
            {
                retryKey = RuntimeTexts.RetryTooLong;
                return null;
            }

            return JsonValue.Create(text);
        }

        if (raw is null || raw.Length > MaxChoiceAnswerLength)
        {
            return null;
        }

        switch (step.Kind)
        {
            case StepKind.AskChoice:
                var chosen = ChoiceRecognizer.Recognize(answer, step.Options!.ByLanguage[locale.Language], locale.Numbers, many: false);
                return chosen == 0 ? null : JsonValue.Create(step.Options.Values[BitOperations.TrailingZeroCount(chosen)]);
            case StepKind.AskMany:
                var many = ChoiceRecognizer.Recognize(answer, step.Options!.ByLanguage[locale.Language], locale.Numbers, many: true);
                return many == 0 ? null : new JsonArray([.. step.Options.Values.Where((_, i) => (many & (1UL << i)) != 0).Select(v => JsonValue.Create(v))]);
            case StepKind.AskConfirm:
                var yesNo = ChoiceRecognizer.Recognize(answer, locale.YesNo, locale.Numbers, many: false);
                return yesNo == 0 ? null : JsonValue.Create(yesNo == 1);
            case StepKind.AskNumber:
                return NumberReader.ReadSingle(answer, locale.Numbers) is { } number && number >= step.Min && number <= step.Max ? JsonValue.Create(number) : null;
            default:
                var grid = AvailabilityReader.Read(answer, locale.Availability);
                return grid == 0 ? null : JsonValue.Create(AvailabilityGrid.ToCanonical(grid));
        }
    }

    private static string DefaultRetry(StepKind kind) => kind switch
    {
        StepKind.AskText => RuntimeTexts.RetryText,
        StepKind.AskChoice => RuntimeTexts.RetryChoice,
        StepKind.AskMany => RuntimeTexts.RetryMany,
        StepKind.AskConfirm => RuntimeTexts.RetryConfirm,
        StepKind.AskNumber => RuntimeTexts.RetryNumber,
        _ => RuntimeTexts.RetryAvailability,
    };
}
