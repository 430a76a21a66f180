using System.Globalization;

namespace Mentoring.Matching.Benchmarks;

/// <summary>A programme's size, written <c>1000x500</c> (mentees × mentors) on the command line.</summary>
internal readonly record struct Size(int Mentees, int Mentors)
{
    public static readonly Size[] Table = [new(1_000, 500), new(10_000, 5_000), new(100_000, 50_000)];

    public static Size Parse(string text)
    {
        var parts = text.Split('x', 'X', '×');
        return parts.Length == 2
            && int.TryParse(parts[0].Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var mentees)
            && int.TryParse(parts[1].Replace("_", "", StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var mentors)
                ? new Size(mentees, mentors)
                : throw new FormatException($"A size is written MENTEESxMENTORS, e.g. 1000x500, not '{text}'.");
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Mentees}x{Mentors}");

    public string Display() => string.Create(CultureInfo.InvariantCulture, $"{Mentees:N0} × {Mentors:N0}");
}
