using YamlDotNet.RepresentationModel;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>What loading the dialogs folder gathers as it goes: the host's schema, the locales, the uses of texts, the problems.</summary>
internal sealed class DefinitionContext(DialogSchema schema)
{
    private readonly List<TextUse> textUses = [];

    public DialogSchema Schema { get; } = schema;

    public DefinitionErrors Errors { get; } = new();

    public IReadOnlyDictionary<string, DialogField> Fields { get; } = schema.Fields.ToDictionary(f => f.Name, StringComparer.Ordinal);

    public Dictionary<string, Locale> Locales { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<TextUse> TextUses => textUses;

    /// <summary>The default language first, then by code: the others are compared with it, and problems come out in a stable order.</summary>
    public IEnumerable<Locale> OrderedLocales => Locales.Values
        .OrderBy(locale => locale.Language != Schema.DefaultLanguage)
        .ThenBy(locale => locale.Language, StringComparer.Ordinal);

    public void UseText(string key, string? file, int line, TextUseKind kind, params IReadOnlyList<string> parameters) =>
        textUses.Add(new TextUse(key, file, line, kind, parameters));

    /// <summary>False (with the error added) when the host declared no such field.</summary>
    public bool CheckField(string field, string file, YamlNode node)
    {
        if (Fields.ContainsKey(field))
        {
            return true;
        }

        Errors.Add(file, node, $"there is no field '{field}' (the fields are: {string.Join(", ", Fields.Keys)})");
        return false;
    }
}
