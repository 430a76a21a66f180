using PhoneNumbers;

namespace Mentoring.Conversations.Twilio;

/// <summary>
/// Twilio's addresses: a phone number in E.164, with <c>whatsapp:</c> in front on WhatsApp. A
/// person is known by the number alone, so the same phone on SMS and WhatsApp is one number.
/// </summary>
internal static class TwilioAddress
{
    private static readonly PhoneNumberUtil Numbers = PhoneNumberUtil.GetInstance();

    public static bool IsWhatsApp(string? address) =>
        address?.StartsWith(TwilioChannel.WhatsAppPrefix, StringComparison.OrdinalIgnoreCase) == true;

    public static string ToWhatsApp(string address) => IsWhatsApp(address) ? address : TwilioChannel.WhatsAppPrefix + address;

    public static string WithoutPrefix(string address) => IsWhatsApp(address) ? address[TwilioChannel.WhatsAppPrefix.Length..] : address;

    /// <summary>
    /// The sender's number in E.164; false for an alphanumeric sender id or anything else that is
    /// no valid phone number. The rule is libphonenumber's, as the host's own, so a number taken in
    /// here is one the host can keep as the person's identity.
    /// </summary>
    public static bool TryNormalize(string? address, string defaultRegion, out string e164)
    {
        e164 = string.Empty;
        var text = WithoutPrefix(address?.Trim() ?? string.Empty).Trim();
        if (text.Length == 0 || !(text[0] == '+' || char.IsAsciiDigit(text[0])) || text.Any(char.IsLetter))
        {
            return false;
        }

        try
        {
            var number = Numbers.Parse(text, defaultRegion.ToUpperInvariant());
            if (!Numbers.IsValidNumber(number))
            {
                return false;
            }

            e164 = Numbers.Format(number, PhoneNumberFormat.E164);
            return true;
        }
        catch (NumberParseException)
        {
            return false;
        }
    }

    /// <summary>Whether libphonenumber knows <paramref name="region"/> (ISO 3166 alpha-2).</summary>
    public static bool IsKnownRegion(string? region) =>
        region is { Length: 2 } && Numbers.GetSupportedRegions().Contains(region.ToUpperInvariant());

    /// <summary>For logs: the first three and last two characters, enough to tell numbers apart.</summary>
    public static string Redact(string? text) =>
        text is { Length: > 6 } ? string.Concat(text.AsSpan(0, 3), new string('•', text.Length - 5), text.AsSpan(text.Length - 2)) : "•••";
}
