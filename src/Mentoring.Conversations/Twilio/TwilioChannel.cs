namespace Mentoring.Conversations.Twilio;

/// <summary>How activities of the Twilio SMS and WhatsApp channels are addressed.</summary>
public static class TwilioChannel
{
    public const string Sms = "sms";

    public const string WhatsApp = "whatsapp";

    /// <summary>
    /// Not a web address: answers go out through Twilio's Messages API, and this tells them apart
    /// from Azure's own SMS channel, which has the same channel id.
    /// </summary>
    public const string ServiceUrl = "urn:mentoring:twilio";

    /// <summary>How Twilio writes a WhatsApp address: <c>whatsapp:+4915112345678</c>.</summary>
    public const string WhatsAppPrefix = "whatsapp:";
}
