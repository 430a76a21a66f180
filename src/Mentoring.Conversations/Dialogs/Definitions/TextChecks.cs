namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>
/// Everything a person reads exists in every language, as the kind of entry it is used as, with the
/// same placeholders everywhere, and every placeholder is a field (or a value the runtime fills in).
/// </summary>
internal static class TextChecks
{
    public static void Run(DefinitionContext context)
    {
        foreach (var (key, parameters) in RuntimeTexts.Texts)
        {
            context.UseText(key, null, 0, TextUseKind.Text, parameters);
        }

        foreach (var key in RuntimeTexts.Words)
        {
            context.UseText(key, null, 0, TextUseKind.Words);
        }

        foreach (var key in context.Schema.Texts)
        {
            context.UseText(key, null, 0, TextUseKind.Text, []);
        }

        var locales = context.OrderedLocales.ToList();
        var uses = context.TextUses.ToLookup(use => use.Key, StringComparer.Ordinal);
        foreach (var keyUses in uses)
        {
            CheckUses(context, locales, keyUses.Key, [.. keyUses]);
        }

        var keys = locales.SelectMany(l => l.Entries.Keys).Where(key => !key.EndsWith(RuntimeTexts.SynonymsSuffix, StringComparison.Ordinal)).Distinct();
        foreach (var key in keys)
        {
            var reference = locales.First(l => l.Entries.ContainsKey(key));
            foreach (var locale in locales.Where(l => !l.Entries.ContainsKey(key)))
            {
                context.Errors.Add(locale.File, 0, $"'{key}' is missing ({reference.File}:{reference.Line(key)} has it): everything a person reads must be in every language");
            }

            CheckPlaceholders(context, locales, reference, key, uses[key]);
        }
    }

    private static void CheckUses(DefinitionContext context, List<Locale> locales, string key, List<TextUse> uses)
    {
        if (!locales.Any(l => l.Entries.ContainsKey(key)))
        {
            var sites = uses.Where(u => u.File is not null).ToList();
            foreach (var use in sites)
            {
                context.Errors.Add(use.File!, use.Line, $"unknown text key '{key}': add it to every file in locales/");
            }

            if (sites.Count == 0)
            {
                locales.ForEach(l => context.Errors.Add(l.File, 0, $"'{key}' is missing: the runtime needs it (see dialogs/README.md)"));
            }

            return;
        }

        var wantsWords = uses[0].Kind == TextUseKind.Words;
        foreach (var locale in locales)
        {
            if (locale.Entries.TryGetValue(key, out var entry) && (entry.Words is not null) != wantsWords)
            {
                var where = uses[0].File is { } file ? $"{file}:{uses[0].Line}" : "the runtime";
                context.Errors.Add(locale.File, entry.Line, wantsWords
                    ? $"'{key}' must be a list of words such as [yes, ok] ({where} uses it so)"
                    : $"'{key}' must be a text, not a list ({where} uses it so)");
            }
        }
    }

    private static void CheckPlaceholders(DefinitionContext context, List<Locale> locales, Locale reference, string key, IEnumerable<TextUse> uses)
    {
        if (reference.Entries[key].Text is not { } template)
        {
            return;
        }

        var expected = template.Placeholders.ToHashSet(StringComparer.Ordinal);
        var parameters = uses.SelectMany(u => u.Parameters).ToHashSet(StringComparer.Ordinal);
        var isOption = uses.Any(u => u.Kind == TextUseKind.Option);
        foreach (var name in expected)
        {
            if (isOption)
            {
                context.Errors.Add(reference.File, reference.Line(key), $"'{key}' is an option's text, which is also what people answer: it cannot have placeholders such as {{{name}}}");
            }
            else if (!context.Fields.ContainsKey(name) && !parameters.Contains(name))
            {
                context.Errors.Add(reference.File, reference.Line(key), $"'{key}' has the placeholder {{{name}}}, but there is no field '{name}'");
            }
        }

        foreach (var locale in locales.Where(l => l != reference && l.Entries.TryGetValue(key, out var entry) && entry.Text is not null))
        {
            var placeholders = locale.Text(key).Placeholders;
            if (!expected.SetEquals(placeholders))
            {
                context.Errors.Add(locale.File, locale.Line(key), $"'{key}' has the placeholders {Names(placeholders)} here, but {Names(expected)} in {reference.File}");
            }
        }
    }

    private static string Names(IEnumerable<string> names) =>
        names.Any() ? string.Join(" ", names.Distinct().Order(StringComparer.Ordinal).Select(n => $"{{{n}}}")) : "none";
}
