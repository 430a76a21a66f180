using Mentoring.Conversations.Dialogs.Recognition;
using YamlDotNet.RepresentationModel;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>Reads a question's <c>options:</c>, one <c>value: text-key</c> line each, and prepares them in every language.</summary>
internal sealed class OptionsReader(DefinitionContext context, string file)
{
    public OptionSet? Read(YamlNode? node, YamlMappingNode step)
    {
        if (node is not YamlMappingNode { Children.Count: > 0 } mapping)
        {
            context.Errors.Add(file, node ?? step, "the question needs 'options:', one line 'value: text-key' for each");
            return null;
        }

        if (mapping.Children.Count > ChoiceRecognizer.MaxOptions)
        {
            context.Errors.Add(file, mapping, $"a question has at most {ChoiceRecognizer.MaxOptions} options");
            return null;
        }

        var values = new List<string>();
        var textKeys = new List<string>();
        foreach (var (value, valueNode, textNode) in mapping.Entries())
        {
            if (!TextTemplate.IsName(value))
            {
                context.Errors.Add(file, valueNode, $"'{value}' is not an option value: use letters, digits, '-' and '_'");
            }

            if (textNode.Text() is not { } textKey || !TextTemplate.IsName(textKey))
            {
                context.Errors.Add(file, textNode, $"the option '{value}' needs the key of its text, such as '{value}: sample.option.{value}'");
                continue;
            }

            context.UseText(textKey, file, textNode.Line(), TextUseKind.Option);
            values.Add(value);
            textKeys.Add(textKey);
        }

        var byLanguage = context.OrderedLocales.ToDictionary(locale => locale.Language, locale => locale.Options(textKeys, context.Errors), StringComparer.Ordinal);
        return new OptionSet(values, textKeys, byLanguage);
    }
}
