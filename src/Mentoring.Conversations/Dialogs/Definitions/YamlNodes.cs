using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>Reading YAML files and nodes, keeping every node's line for the error messages.</summary>
internal static class YamlNodes
{
    /// <summary>The file's first document; null (with the error added) when it is not valid YAML, or empty.</summary>
    public static YamlNode? Load(string path, string file, DefinitionErrors errors)
    {
        var parser = new Parser(new StringReader(File.ReadAllText(path)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            if (stream.Documents.Count == 0)
            {
                errors.Add(file, 0, "the file is empty");
                return null;
            }

            return stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            errors.Add(file, (int)e.Start.Line, $"not valid YAML: {e.Message}");
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet fails this way on a bracket left open at the end of the file.
            errors.Add(file, (int)(parser.Current?.Start.Line ?? 0), "not valid YAML: a bracket or quote is not closed");
        }

        return null;
    }

    public static int Line(this YamlNode node) => (int)node.Start.Line;

    /// <summary>A scalar's text; null for an empty value, <c>~</c>, or a list or mapping.</summary>
    public static string? Text(this YamlNode node) => node is YamlScalarNode { Value: { Length: > 0 } value } scalar
        && !(scalar.Style == ScalarStyle.Plain && value is "~" or "null")
            ? value
            : null;

    /// <summary>The mapping's entries with their key as text, in file order.</summary>
    public static IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(this YamlMappingNode mapping) =>
        mapping.Children.Select(entry => (entry.Key.Text() ?? string.Empty, entry.Key, entry.Value));
}
