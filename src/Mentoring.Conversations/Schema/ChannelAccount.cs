using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mentoring.Conversations.Schema;

/// <summary>A user or bot on a channel.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    /// <summary><c>user</c> or <c>bot</c>.</summary>
    public string? Role { get; set; }

    public string? AadObjectId { get; set; }

    /// <summary>Fields this schema does not name, kept so they go back out unchanged.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
