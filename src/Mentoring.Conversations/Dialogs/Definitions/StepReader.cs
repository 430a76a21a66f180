using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>Reads one step: the key naming its kind (<c>say: text-key</c>) and the settings that kind has.</summary>
internal sealed class StepReader(DefinitionContext context, string file)
{
    private static readonly Dictionary<string, StepKind> Kinds = new(StringComparer.Ordinal)
    {
        ["say"] = StepKind.Say,
        ["ask-text"] = StepKind.AskText,
        ["ask-choice"] = StepKind.AskChoice,
        ["ask-many"] = StepKind.AskMany,
        ["ask-confirm"] = StepKind.AskConfirm,
        ["ask-number"] = StepKind.AskNumber,
        ["ask-availability"] = StepKind.AskAvailability,
        ["action"] = StepKind.Action,
        ["flow"] = StepKind.Flow,
    };

    private static readonly string[] QuestionSettings = ["when", "store", "retry", "attempts"];

    private static readonly Dictionary<StepKind, string[]> Settings = new()
    {
        [StepKind.Say] = ["when"],
        [StepKind.Action] = ["when"],
        [StepKind.Flow] = ["when"],
        [StepKind.AskText] = [.. QuestionSettings, "max-length"],
        [StepKind.AskChoice] = [.. QuestionSettings, "options"],
        [StepKind.AskMany] = [.. QuestionSettings, "options"],
        [StepKind.AskConfirm] = QuestionSettings,
        [StepKind.AskNumber] = [.. QuestionSettings, "min", "max"],
        [StepKind.AskAvailability] = QuestionSettings,
    };

    private static readonly Dictionary<StepKind, DialogFieldKind> Stores = new()
    {
        [StepKind.AskText] = DialogFieldKind.Text,
        [StepKind.AskChoice] = DialogFieldKind.Text,
        [StepKind.AskMany] = DialogFieldKind.List,
        [StepKind.AskConfirm] = DialogFieldKind.YesNo,
        [StepKind.AskNumber] = DialogFieldKind.Number,
        [StepKind.AskAvailability] = DialogFieldKind.Availability,
    };

    private readonly OptionsReader optionsReader = new(context, file);

    private DefinitionErrors Errors => context.Errors;

    public Step? Read(YamlNode node)
    {
        if (node is not YamlMappingNode mapping)
        {
            Errors.Add(file, node, "a step is a line such as '- say: text-key', with its settings indented below");
            return null;
        }

        var kinds = mapping.Entries().Where(entry => Kinds.ContainsKey(entry.Key)).ToList();
        if (kinds.Count != 1)
        {
            ReportKinds(mapping, kinds.Select(k => k.Key).ToList());
            return null;
        }

        var (kindName, _, kindValue) = kinds[0];
        var kind = Kinds[kindName];
        var settings = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        foreach (var (key, keyNode, value) in mapping.Entries().Where(entry => entry.Key != kindName))
        {
            if (Settings[kind].Contains(key))
            {
                settings[key] = value;
            }
            else
            {
                Errors.Add(file, keyNode, $"'{key}' is not a setting of {kindName} (it has: {string.Join(", ", Settings[kind])})");
            }
        }

        if (kindValue.Text() is not { } name || !TextTemplate.IsName(name))
        {
            Errors.Add(file, kindValue, $"{kindName} needs a name after it, such as '{kindName}: sample.welcome'");
            return null;
        }

        var line = mapping.Line();
        var when = settings.TryGetValue("when", out var whenNode) ? ReadCondition(whenNode) : null;
        switch (kind)
        {
            case StepKind.Say:
                context.UseText(name, file, line, TextUseKind.Text);
                return new Step { Kind = kind, Line = line, When = when, Text = name };
            case StepKind.Action:
                if (!context.Schema.Actions.Contains(name))
                {
                    Errors.Add(file, kindValue, $"there is no action '{name}' (the host provides: {string.Join(", ", context.Schema.Actions)})");
                }

                return new Step { Kind = kind, Line = line, When = when, Action = name };
            case StepKind.Flow:
                return new Step { Kind = kind, Line = line, When = when, Flow = name };
            default:
                return ReadQuestion(kind, name, line, when, settings, mapping);
        }
    }

    private Step ReadQuestion(StepKind kind, string prompt, int line, Condition? when, Dictionary<string, YamlNode> settings, YamlMappingNode mapping)
    {
        context.UseText(prompt, file, line, TextUseKind.Text);
        var min = settings.TryGetValue("min", out var minNode) ? ReadNumber(minNode, "min", int.MinValue) : null;
        var max = settings.TryGetValue("max", out var maxNode) ? ReadNumber(maxNode, "max", int.MinValue) : null;
        if (kind == StepKind.AskNumber && (min is null || max is null || min > max))
        {
            Errors.Add(file, mapping, "ask-number needs 'min' and 'max', with min not above max");
        }

        var retry = settings.TryGetValue("retry", out var retryNode) ? retryNode.Text() : null;
        if (retry is not null)
        {
            context.UseText(retry, file, retryNode!.Line(), TextUseKind.Text, kind == StepKind.AskNumber ? [RuntimeTexts.Min, RuntimeTexts.Max] : []);
        }

        return new Step
        {
            Kind = kind,
            Line = line,
            When = when,
            Text = prompt,
            Store = ReadStore(kind, settings.GetValueOrDefault("store"), mapping),
            Retry = retry,
            Attempts = settings.TryGetValue("attempts", out var attempts) ? ReadNumber(attempts, "attempts", 1) ?? Step.DefaultAttempts : Step.DefaultAttempts,
            MaxLength = settings.TryGetValue("max-length", out var maxLength) ? ReadNumber(maxLength, "max-length", 1) : null,
            Min = min ?? 0,
            Max = max ?? 0,
            Options = kind is StepKind.AskChoice or StepKind.AskMany ? optionsReader.Read(settings.GetValueOrDefault("options"), mapping) : null,
        };
    }

    private string? ReadStore(StepKind kind, YamlNode? node, YamlMappingNode step)
    {
        if (node?.Text() is not { } field)
        {
            Errors.Add(file, node ?? step, "a question needs 'store:', the field its answer goes into");
            return null;
        }

        if (context.CheckField(field, file, node) && context.Fields[field].Kind is var declared && declared != DialogFieldKind.Any && declared != Stores[kind])
        {
            Errors.Add(file, node, $"the field '{field}' holds {declared}, but this question answers with {Stores[kind]}");
        }

        return field;
    }

    private Condition? ReadCondition(YamlNode node)
    {
        var condition = Condition.Parse(node.Text() ?? string.Empty, out var problem);
        if (condition is null)
        {
            Errors.Add(file, node, problem!);
            return null;
        }

        return context.CheckField(condition.Field, file, node) ? condition : null;
    }

    private int? ReadNumber(YamlNode node, string setting, int minimum)
    {
        if (int.TryParse(node.Text(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= minimum)
        {
            return number;
        }

        Errors.Add(file, node, minimum == int.MinValue ? $"'{setting}' must be a whole number" : $"'{setting}' must be a whole number of at least {minimum}");
        return null;
    }

    private void ReportKinds(YamlMappingNode step, List<string> kinds)
    {
        var all = string.Join(", ", Kinds.Keys);
        if (kinds.Count > 1)
        {
            Errors.Add(file, step, $"a step does one thing, but this one has {string.Join(" and ", kinds)}: make them separate steps");
            return;
        }

        var unknown = step.Entries().FirstOrDefault(entry => !Settings.Values.Any(s => s.Contains(entry.Key)));
        Errors.Add(file, unknown.KeyNode ?? step, unknown.Key is null
            ? $"this step does not say what it does: start it with one of {all}"
            : $"unknown step kind '{unknown.Key}': a step is one of {all}");
    }
}
