using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mentoring.Conversations.Schema;

/// <summary>A button: <c>imBack</c> sends <see cref="Value"/> back as the person's message.</summary>
public sealed class CardAction
{
    public string Type { get; set; } = "imBack";

    public string? Title { get; set; }

    public string? Text { get; set; }

    public string? DisplayText { get; set; }

    public JsonElement? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
