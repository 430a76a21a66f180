using System.Text.Json;

namespace Mentoring.Conversations.Dialogs.Recognition;

/// <summary>
/// A question's options in one language: the titles shown, the button values they send back,
/// and every text and synonym that picks an option (its index).
/// </summary>
internal sealed class LocalizedOptions(IReadOnlyList<string> titles, PhraseIndex<int> phrases)
{
    public IReadOnlyList<string> Titles { get; } = titles;

    /// <summary>Made once, so rendering buttons does not serialise the titles on every turn.</summary>
    public IReadOnlyList<JsonElement> ButtonValues { get; } = [.. titles.Select(title => JsonSerializer.SerializeToElement(title))];

    public PhraseIndex<int> Phrases { get; } = phrases;
}
