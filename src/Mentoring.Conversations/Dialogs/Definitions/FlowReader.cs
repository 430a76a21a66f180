using YamlDotNet.RepresentationModel;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>Reads one file of <c>flows/</c>: <c>flow: name</c> and its <c>steps:</c>.</summary>
internal static class FlowReader
{
    public static Flow? Read(string file, YamlNode root, DefinitionContext context)
    {
        if (root is not YamlMappingNode mapping)
        {
            context.Errors.Add(file, root, "a flow file has 'flow: name' and 'steps:'");
            return null;
        }

        string? name = null;
        var steps = new List<Step>();
        var stepReader = new StepReader(context, file);
        foreach (var (key, keyNode, value) in mapping.Entries())
        {
            switch (key)
            {
                case "flow" when value.Text() is { } text && TextTemplate.IsName(text):
                    name = text;
                    break;
                case "flow":
                    context.Errors.Add(file, value, "'flow:' names the flow: letters, digits, '-' and '_', such as 'sign-up'");
                    break;
                case "steps" when value is YamlSequenceNode { Children.Count: > 0 } sequence:
                    steps.AddRange(sequence.Children.Select(stepReader.Read).OfType<Step>());
                    break;
                case "steps":
                    context.Errors.Add(file, value, "'steps:' is a list of steps, each starting with '- '");
                    break;
                default:
                    context.Errors.Add(file, keyNode, $"'{key}' is not part of a flow file, which has 'flow:' and 'steps:'");
                    break;
            }
        }

        if (name is null)
        {
            context.Errors.Add(file, mapping, "the file needs 'flow: name'");
            return null;
        }

        return new Flow(name, file, mapping.Line(), steps);
    }
}
