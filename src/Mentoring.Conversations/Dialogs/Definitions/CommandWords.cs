using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs.Recognition;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>
/// Every language's words for every command in one index, because a command works whatever the
/// person's language is. A word of two commands, or an option's text that is also a command word
/// (choosing it would run the command), is an error. So is a carrier keyword such as "cancel" or
/// "start": on SMS the carrier acts on it first, and "cancel" would unsubscribe the person.
/// </summary>
internal static class CommandWords
{
    public static PhraseIndex<Command> Build(DefinitionContext context, IReadOnlyList<Command> commands, IEnumerable<Flow> flows)
    {
        var index = new PhraseIndex<Command>();
        foreach (var locale in context.OrderedLocales)
        {
            foreach (var command in commands)
            {
                var key = RuntimeTexts.CommandKey(command.Name);
                foreach (var word in locale.Words(key))
                {
                    if (SmsKeywords.Classify(word) is SmsKeyword.OptOut or SmsKeyword.OptIn)
                    {
                        context.Errors.Add(locale.File, locale.Line(key), $"'{word}' is an SMS carrier keyword: on SMS it would {(SmsKeywords.Classify(word) == SmsKeyword.OptOut ? "unsubscribe the person" : "resubscribe the person")} instead of running the command '{command.Name}'");
                    }

                    if (!index.TryAdd(word, command, out var other) && other != command)
                    {
                        context.Errors.Add(locale.File, locale.Line(key), $"'{word}' is a word of both the commands '{other.Name}' and '{command.Name}'");
                    }
                }
            }
        }

        var words = context.OrderedLocales.SelectMany(l => commands.SelectMany(c => l.Words(RuntimeTexts.CommandKey(c.Name)))).Select(NormalizedText.From).ToList();
        foreach (var flow in flows)
        {
            foreach (var step in flow.Steps.Where(s => s.Options is not null))
            {
                CheckOptions(context, step.Options!.ByLanguage, words, index, flow.File, step.Line);
            }
        }

        foreach (var locale in context.OrderedLocales)
        {
            CheckOptions(context, new Dictionary<string, LocalizedOptions> { [locale.Language] = locale.YesNo }, words, index, locale.File, locale.Line(RuntimeTexts.Yes));
        }

        return index;
    }

    private static void CheckOptions(DefinitionContext context, IReadOnlyDictionary<string, LocalizedOptions> options, List<NormalizedText> words, PhraseIndex<Command> index, string file, int line)
    {
        foreach (var (language, localized) in options)
        {
            foreach (var word in words)
            {
                if (localized.Phrases.TryGetWhole(word, out var option) && index.TryGetWhole(word, out var command))
                {
                    context.Errors.Add(file, line, $"'{word.Text}' picks the option '{localized.Titles[option]}' ({language}) but is also a word of the command '{command.Name}', which would win");
                }
            }
        }
    }
}
