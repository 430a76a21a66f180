namespace Mentoring.Core.Domain;

/// <summary>Channel ids as the Bot Framework names them, plus Twilio's two.</summary>
public static class Channels
{
    public const string Sms = "sms";
    public const string WhatsApp = "whatsapp";
    public const string WebChat = "webchat";
    public const string DirectLine = "directline";
    public const string Teams = "msteams";
    public const string Telegram = "telegram";
    public const string Emulator = "emulator";

    /// <summary>Channels whose address is a phone number, kept in E.164.</summary>
    public static bool IsPhone(string channelId) => channelId is Sms or WhatsApp;
}
