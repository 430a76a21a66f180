using YamlDotNet.RepresentationModel;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>
/// Reads <c>commands.yaml</c>: each command's name, then <c>flow:</c> (with <c>clear: true</c> to
/// drop what was going on) or <c>builtin: back</c> / <c>builtin: cancel</c>. The words are in the
/// locale files under <c>command.&lt;name&gt;</c>.
/// </summary>
internal static class CommandReader
{
    public static IReadOnlyList<Command> Read(string file, YamlNode root, DefinitionContext context)
    {
        if (root is not YamlMappingNode mapping)
        {
            context.Errors.Add(file, root, "commands.yaml lists commands: a name, then 'flow: …' or 'builtin: …' indented below it");
            return [];
        }

        var commands = new List<Command>();
        foreach (var (name, keyNode, value) in mapping.Entries())
        {
            if (Read(file, name, keyNode.Line(), value, context) is { } command)
            {
                context.UseText(RuntimeTexts.CommandKey(name), file, command.Line, TextUseKind.Words);
                commands.Add(command);
            }
        }

        return commands;
    }

    private static Command? Read(string file, string name, int line, YamlNode value, DefinitionContext context)
    {
        var settings = value is YamlMappingNode map ? map.Entries().ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal) : null;
        var flow = settings?.GetValueOrDefault("flow")?.Text();
        var builtin = settings?.GetValueOrDefault("builtin")?.Text();
        var clear = settings?.GetValueOrDefault("clear")?.Text();
        var unknown = settings?.Keys.FirstOrDefault(key => key is not ("flow" or "builtin" or "clear"));
        if (!TextTemplate.IsName(name) || unknown is not null || (flow is null) == (builtin is null) || clear is not (null or "true" or "false"))
        {
            context.Errors.Add(file, line, $"the command '{name}' needs either 'flow: name' (and maybe 'clear: true') or 'builtin: back' / 'builtin: cancel'");
            return null;
        }

        switch (builtin)
        {
            case null:
                return new Command(name, line, CommandKind.Flow, flow, clear == "true");
            case "back" or "cancel" when clear is null:
                return new Command(name, line, builtin == "back" ? CommandKind.Back : CommandKind.Cancel, null, false);
            default:
                context.Errors.Add(file, line, $"'{builtin}' is not a builtin command: there are 'back' and 'cancel'");
                return null;
        }
    }
}
