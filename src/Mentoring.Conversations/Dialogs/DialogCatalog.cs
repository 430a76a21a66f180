using Mentoring.Conversations.Dialogs.Definitions;
using Mentoring.Conversations.Dialogs.Recognition;

namespace Mentoring.Conversations.Dialogs;

/// <summary>
/// The flows, texts and commands of a <c>dialogs/</c> folder, loaded and checked once at start.
/// Immutable, so one instance serves every turn; what recognising answers needs (normalised
/// option texts per language, number words, day words) is prepared here, not per turn.
/// </summary>
public sealed class DialogCatalog
{
    internal DialogCatalog(
        DialogSchema schema,
        IReadOnlyDictionary<string, Flow> flows,
        Dictionary<string, Locale> locales,
        PhraseIndex<Command> commands,
        IReadOnlyDictionary<string, FieldFormat> formats)
    {
        Schema = schema;
        Flows = flows;
        Locales = locales;
        Commands = commands;
        Formats = formats;
        Fields = schema.Fields.ToDictionary(field => field.Name, StringComparer.Ordinal);
    }

    public DialogSchema Schema { get; }

    /// <summary>The languages that have a locale file; the dialogs speak each of them completely.</summary>
    public IReadOnlyCollection<string> Languages => Locales.Keys;

    internal IReadOnlyDictionary<string, Flow> Flows { get; }

    /// <summary>The flow and every flow it may start through its <c>flow:</c> steps, however deep.</summary>
    internal IReadOnlySet<Flow> FlowsStartedBy(Flow flow) => reachable.GetOrAdd(flow, start =>
    {
        var found = new HashSet<Flow> { start };
        var next = new Stack<Flow>([start]);
        while (next.TryPop(out var current))
        {
            foreach (var step in current.Steps)
            {
                if (step.Kind == StepKind.Flow && step.Flow is { } name && Flows.TryGetValue(name, out var started) && found.Add(started))
                {
                    next.Push(started);
                }
            }
        }

        return found;
    });

    private readonly System.Collections.Concurrent.ConcurrentDictionary<Flow, IReadOnlySet<Flow>> reachable = new();

    /// <summary>
    /// The text with this key in that language, as written, for what the host shows around the
    /// chat (the <c>/chat</c> page's own labels); null if there is none.
    /// </summary>
    public string? Text(string language, string key) =>
        Locales.TryGetValue(language, out var locale) && locale.Entries.TryGetValue(key, out var entry) ? entry.Text?.Source : null;

    internal Dictionary<string, Locale> Locales { get; }

    /// <summary>Every command word of every language.</summary>
    internal PhraseIndex<Command> Commands { get; }

    internal IReadOnlyDictionary<string, FieldFormat> Formats { get; }

    internal IReadOnlyDictionary<string, DialogField> Fields { get; }

    /// <summary>
    /// Loads <paramref name="dialogsPath"/> (<c>flows/</c>, <c>locales/</c>, <c>commands.yaml</c>) and
    /// checks it against <paramref name="schema"/>.
    /// </summary>
    /// <exception cref="DialogDefinitionException">Something is wrong; the message names each file and line.</exception>
    public static DialogCatalog Load(string dialogsPath, DialogSchema schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogsPath);
        ArgumentNullException.ThrowIfNull(schema);
        return CatalogLoader.Load(dialogsPath, schema);
    }

    /// <summary>The person's chosen language; else the activity's (<c>de-DE</c> → <c>de</c>); else the default.</summary>
    internal Locale LocaleFor(string? chosen, string? activityLocale)
    {
        if (chosen is not null && Locales.TryGetValue(chosen, out var locale))
        {
            return locale;
        }

        var lookup = Locales.GetAlternateLookup<ReadOnlySpan<char>>();
        var language = activityLocale.AsSpan();
        var dash = language.IndexOfAny('-', '_');
        return lookup.TryGetValue(dash < 0 ? language : language[..dash], out locale) ? locale : Locales[Schema.DefaultLanguage];
    }
}
