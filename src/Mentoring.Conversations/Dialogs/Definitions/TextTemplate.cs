using System.Text;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>
/// A text with placeholders such as <c>{first-name}</c>, split once at load so that filling it in
/// is one pass. Values are inserted as they are: a person who types "{x}" does not get it filled.
/// </summary>
internal sealed class TextTemplate
{
    private readonly string[] literals;
    private readonly string[] names;

    private TextTemplate(string source, string[] literals, string[] names)
    {
        Source = source;
        this.literals = literals;
        this.names = names;
    }

    public string Source { get; }

    public IReadOnlyList<string> Placeholders => names;

    /// <summary>Null with a <paramref name="problem"/> when a brace is not closed or does not hold a name.</summary>
    public static TextTemplate? Parse(string source, out string? problem)
    {
        var literals = new List<string>();
        var names = new List<string>();
        var position = 0;
        for (var open = source.IndexOf('{', StringComparison.Ordinal); open >= 0; open = source.IndexOf('{', position))
        {
            var close = source.IndexOf('}', open);
            var name = close < 0 ? null : source[(open + 1)..close];
            if (name is null || !IsName(name))
            {
                problem = $"'{{' must start a placeholder such as {{first-name}}, but here it is followed by '{Excerpt(source, open)}'";
                return null;
            }

            literals.Add(source[position..open]);
            names.Add(name);
            position = close + 1;
        }

        literals.Add(source[position..]);
        problem = null;
        return new TextTemplate(source, [.. literals], [.. names]);
    }

    /// <summary>Field and placeholder names: letters, digits, '-', '_' and '.'.</summary>
    public static bool IsName(string name) =>
        name.Length > 0 && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');

    public string Render(Func<string, string> fill)
    {
        if (names.Length == 0)
        {
            return Source;
        }

        var text = new StringBuilder(Source.Length + 32).Append(literals[0]);
        for (var i = 0; i < names.Length; i++)
        {
            text.Append(fill(names[i])).Append(literals[i + 1]);
        }

        return text.ToString();
    }

    private static string Excerpt(string source, int open) => source.Substring(open, Math.Min(20, source.Length - open));
}
