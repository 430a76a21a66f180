using PhoneNumbers;

namespace Mentoring.Core.Domain;

/// <summary>
/// Phone numbers are the identity of SMS and WhatsApp users, so every number is stored in E.164
/// (<c>+4915112345678</c>): the same phone typed as <c>0151 1234 5678</c> and as
/// <c>+49 151 12345678</c> must be one person.
/// </summary>
public static class PhoneNumber
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Normalises what a person or a channel wrote. Numbers without a country code are read in
    /// <paramref name="defaultRegion"/> (ISO 3166 alpha-2, the programme's country). A
    /// <c>whatsapp:</c> prefix, as Twilio sends it, is removed.
    /// </summary>
    public static bool TryNormalize(string? raw, string defaultRegion, out string e164)
    {
        e164 = string.Empty;
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        var text = raw.Trim();
        if (text.StartsWith("whatsapp:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["whatsapp:".Length..];
        }

        try
        {
            var number = Util.Parse(text, defaultRegion.ToUpperInvariant());
            if (!Util.IsValidNumber(number))
            {
                return false;
            }

            e164 = Util.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>True for text already in E.164 form: a plus, a country code, at most 15 digits.</summary>
    public static bool IsE164(string? text) =>
        text is { Length: >= 8 and <= 16 } && text[0] == '+' && text[1] != '0' && text.Skip(1).All(char.IsAsciiDigit);

    /// <summary>For logs: keeps the country code and the last two digits, enough to tell numbers apart.</summary>
    public static string Redact(string? e164) =>
        e164 is { Length: > 6 } ? string.Concat(e164.AsSpan(0, 3), new string('•', e164.Length - 5), e164.AsSpan(e164.Length - 2)) : "•••";
}
