namespace Mentoring.Conversations.Bot;

/// <summary>
/// Cuts a text that is too long for one message of its channel (SMS takes 1,600 characters) into
/// parts a person can still read in order: at paragraphs first, then at lines, then between
/// words. Only a single word longer than a whole message is cut in the middle.
/// </summary>
internal static class MessageText
{
    private static readonly string[] Boundaries = ["\n\n", "\n", " "];

    /// <summary>
    /// The parts of <paramref name="text"/>, none longer than <paramref name="maxLength"/>
    /// characters (UTF-16 units, which never undercounts what a channel counts); the text itself
    /// when it fits.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var parts = new List<string>();
        var rest = text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
        while (rest.Length > maxLength)
        {
            var (end, next) = Cut(rest, maxLength);
            parts.Add(rest[..end].TrimEnd());
            rest = rest[next..].TrimStart();
        }

        if (rest.Length > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    /// <summary>Where the first part ends, and where the rest begins.</summary>
    private static (int End, int Next) Cut(string text, int maxLength)
    {
        foreach (var boundary in Boundaries)
        {
            // A boundary may start at maxLength itself: the part before it still fits. The text
            // starts with no white space, so a boundary after its start has words before it.
            var window = text.AsSpan(0, Math.Min(text.Length, maxLength + boundary.Length));
            var at = window.LastIndexOf(boundary, StringComparison.Ordinal);
            if (at > 0)
            {
                return (at, at + boundary.Length);
            }
        }

        // One word longer than a message: cut it, but never between the halves of a surrogate pair.
        var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return (cut, cut);
    }
}
