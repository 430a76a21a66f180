namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>
/// How a field's value reads in a text: an option's value as its text in the person's language,
/// an availability in the language's day words; anything else as it is.
/// </summary>
internal sealed record FieldFormat(bool IsAvailability, IReadOnlyDictionary<string, string> OptionTexts)
{
    public static IReadOnlyDictionary<string, FieldFormat> For(IEnumerable<Flow> flows, IEnumerable<DialogField> fields)
    {
        var formats = Stored(flows);
        foreach (var field in fields.Where(f => f.ReadsAs is not null))
        {
            if (formats.TryGetValue(field.ReadsAs!, out var format))
            {
                formats[field.Name] = format;
            }
        }

        return formats;
    }

    private static Dictionary<string, FieldFormat> Stored(IEnumerable<Flow> flows) => flows
        .SelectMany(flow => flow.Steps)
        .Where(step => step.Store is not null)
        .GroupBy(step => step.Store!, StringComparer.Ordinal)
        .ToDictionary(
            group => group.Key,
            group => new FieldFormat(
                group.Any(step => step.Kind == StepKind.AskAvailability),
                group.Where(step => step.Options is not null)
                    .SelectMany(step => step.Options!.Values.Zip(step.Options.TextKeys))
                    .DistinctBy(option => option.First)
                    .ToDictionary(option => option.First, option => option.Second, StringComparer.Ordinal)),
            StringComparer.Ordinal);
}
