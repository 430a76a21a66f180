using Mentoring.Conversations.Dialogs.Recognition;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>A question's options: the values stored, their text keys, and per language what picks each.</summary>
internal sealed class OptionSet(IReadOnlyList<string> values, IReadOnlyList<string> textKeys, IReadOnlyDictionary<string, LocalizedOptions> byLanguage)
{
    public IReadOnlyList<string> Values { get; } = values;

    public IReadOnlyList<string> TextKeys { get; } = textKeys;

    public IReadOnlyDictionary<string, LocalizedOptions> ByLanguage { get; } = byLanguage;
}
