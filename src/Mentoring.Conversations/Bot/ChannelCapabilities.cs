namespace Mentoring.Conversations.Bot;

/// <summary>What a channel can render. SMS and WhatsApp have no buttons: choices become numbered lists.</summary>
public sealed record ChannelCapabilities(bool SuggestedActions, int? MaxMessageLength)
{
    public static ChannelCapabilities For(string? channelId) => channelId switch
    {
        "sms" => new(false, 1600),
        "whatsapp" => new(false, 4096),
        _ => new(true, null),
    };
}
