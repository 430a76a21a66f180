using System.Text.RegularExpressions;

namespace Mentoring.Core.Messaging;

/// <summary>
/// Channel errors quote what they refused ("The 'To' number +4915112345678 is not valid"): phone
/// numbers are masked before such a text reaches a log.
/// </summary>
internal static partial class LogRedaction
{
    public static string Redact(string? text) =>
        text is null ? string.Empty : PhoneLike().Replace(text, match => match.Length > 4 ? string.Concat(match.Value.AsSpan(0, 3), "•••", match.Value.AsSpan(match.Length - 2)) : match.Value);

    [GeneratedRegex(@"\+?\d[\d \-]{5,}\d")]
    private static partial Regex PhoneLike();
}
