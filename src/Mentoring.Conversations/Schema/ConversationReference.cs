using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mentoring.Conversations.Schema;

/// <summary>
/// What a proactive message needs to reach a person later: kept from their last message, as the
/// Bot Framework SDK keeps it.
/// </summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }

    public ChannelAccount? User { get; set; }

    public ChannelAccount? Bot { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public string? ChannelId { get; set; }

    public string? ServiceUrl { get; set; }

    public string? Locale { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
