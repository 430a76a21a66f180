using YamlDotNet.RepresentationModel;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>Reads <c>locales/&lt;language&gt;.yaml</c>: flat keys, each a text or a list of words.</summary>
internal static class LocaleReader
{
    public static Locale? Read(string language, string file, YamlNode root, DefinitionErrors errors)
    {
        if (language.Length == 0 || !language.All(c => char.IsAsciiLetterLower(c) || c == '-'))
        {
            errors.Add(file, 0, "a locale file is named after its language code in lower case, such as 'de.yaml'");
            return null;
        }

        if (root is not YamlMappingNode mapping)
        {
            errors.Add(file, root, "a locale file is a list of 'key: text' lines");
            return null;
        }

        // A key whose value is broken is kept (empty), so the other languages do not report it missing too.
        var entries = mapping.Entries()
            .Where(entry => IsKey(entry.Key, entry.KeyNode, file, errors))
            .ToDictionary(entry => entry.Key, entry => Entry(entry.Key, entry.KeyNode.Line(), entry.Value, file, errors), StringComparer.Ordinal);

        return new Locale(language, file, entries, errors);
    }

    private static bool IsKey(string key, YamlNode node, string file, DefinitionErrors errors)
    {
        if (TextTemplate.IsName(key))
        {
            return true;
        }

        errors.Add(file, node, $"'{key}' is not a text key: use letters, digits, '-' and '.', such as 'sample.ask-name'");
        return false;
    }

    private static LocaleEntry Entry(string key, int line, YamlNode value, string file, DefinitionErrors errors)
    {
        switch (value)
        {
            case YamlScalarNode when value.Text() is { } text:
                if (TextTemplate.Parse(text.TrimEnd(), out var problem) is { } template)
                {
                    return new LocaleEntry(line, template, null);
                }

                errors.Add(file, value, $"'{key}': {problem}");
                break;
            case YamlSequenceNode words when words.Children.All(word => word.Text() is not null):
                return new LocaleEntry(line, null, [.. words.Children.Select(word => word.Text()!.Trim())]);
            default:
                errors.Add(file, value, $"'{key}' must be a text, or a list of words such as [yes, ok]; keys are flat: write 'a.b: text', not nested under 'a:'");
                break;
        }

        return new LocaleEntry(line, null, null);
    }
}
