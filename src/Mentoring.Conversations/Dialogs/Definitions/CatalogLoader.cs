using YamlDotNet.RepresentationModel;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>Reads the dialogs folder: YAML first (syntax errors stop there), then locales, flows, commands, then the checks across them.</summary>
internal static class CatalogLoader
{
    public const string CommandsFile = "commands.yaml";

    public static DialogCatalog Load(string dialogsPath, DialogSchema schema)
    {
        var context = new DefinitionContext(schema);
        var errors = context.Errors;
        if (!Directory.Exists(dialogsPath))
        {
            errors.Add(dialogsPath, 0, "the dialogs folder does not exist");
            errors.ThrowIfAny();
        }

        var localeFiles = ReadAll(dialogsPath, "locales", errors);
        var flowFiles = ReadAll(dialogsPath, "flows", errors);
        var commandsPath = Path.Combine(dialogsPath, CommandsFile);
        var commandsRoot = File.Exists(commandsPath) ? YamlNodes.Load(commandsPath, CommandsFile, errors) : null;
        errors.ThrowIfAny();

        foreach (var (file, root) in localeFiles)
        {
            if (LocaleReader.Read(Path.GetFileNameWithoutExtension(file), file, root, errors) is { } locale)
            {
                context.Locales[locale.Language] = locale;
            }
        }

        foreach (var language in schema.Languages.Append(schema.DefaultLanguage).Distinct().Where(l => !context.Locales.ContainsKey(l)))
        {
            errors.Add($"locales/{language}.yaml", 0, $"the language '{language}' has no locale file");
        }

        var flows = new Dictionary<string, Flow>(StringComparer.Ordinal);
        foreach (var (file, root) in flowFiles)
        {
            if (FlowReader.Read(file, root, context) is not { } flow)
            {
                continue;
            }

            if (!flows.TryAdd(flow.Name, flow))
            {
                errors.Add(file, flow.Line, $"there is already a flow named '{flow.Name}' in {flows[flow.Name].File}");
            }
        }

        var commands = commandsRoot is null ? [] : CommandReader.Read(CommandsFile, commandsRoot, context);
        var commandWords = CommandWords.Build(context, commands, flows.Values);
        TextChecks.Run(context);
        FlowChecks.Run(context, flows, commands, CommandsFile);
        errors.ThrowIfAny();
        return new DialogCatalog(schema, flows, context.Locales, commandWords, FieldFormat.For(flows.Values, schema.Fields));
    }

    /// <summary>The YAML files of one folder, by name, as (path inside the dialogs folder, root node).</summary>
    private static List<(string File, YamlNode Root)> ReadAll(string dialogsPath, string folder, DefinitionErrors errors)
    {
        var directory = Path.Combine(dialogsPath, folder);
        var paths = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.yaml").Order(StringComparer.Ordinal).ToList() : [];
        if (paths.Count == 0)
        {
            errors.Add($"{folder}/", 0, $"there are no .yaml files in {folder}/");
        }

        var files = new List<(string, YamlNode)>();
        foreach (var path in paths)
        {
            var file = $"{folder}/{Path.GetFileName(path)}";
            if (YamlNodes.Load(path, file, errors) is { } root)
            {
                files.Add((file, root));
            }
        }

        return files;
    }
}
