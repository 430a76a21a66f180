using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Conversations.Dialogs;

/// <summary>
/// The conversation's fields, as an action reads and writes them. Only fields the schema declares,
/// with values of their kind: what a flow tests later is what the schema promised.
/// </summary>
public sealed class DialogValues
{
    private readonly JsonObject values;
    private readonly IReadOnlyDictionary<string, DialogField> fields;

    internal DialogValues(JsonObject values, IReadOnlyDictionary<string, DialogField> fields)
    {
        this.values = values;
        this.fields = fields;
    }

    public bool IsSet(string field) => Read(field) is not null;

    /// <summary>
    /// Removes these fields from a conversation's saved state, outside any turn: for a service that
    /// must make a conversation forget what it was told about someone else (who deleted their data).
    /// False when the state held none of them.
    /// </summary>
    public static bool Forget(JsonObject conversationState, IEnumerable<string> fieldNames)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(fieldNames);
        return conversationState["values"] is JsonObject saved && fieldNames.Aggregate(false, (removed, field) => saved.Remove(field) | removed);
    }

    /// <summary>Text, an option's value, or an availability in its canonical form; null when unset or not text.</summary>
    public string? GetText(string field) => Read(field) is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public int? GetNumber(string field) => Read(field) is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    public bool? GetYesNo(string field) => Read(field) is JsonValue value && value.TryGetValue<bool>(out var yes) ? yes : null;

    /// <summary>The values of the options chosen; empty when unset.</summary>
    public IReadOnlyList<string> GetList(string field) => Read(field) is JsonArray list
        ? [.. list.OfType<JsonValue>().Select(item => item.TryGetValue<string>(out var text) ? text : item.ToJsonString())]
        : [];

    public void Set(string field, string value) => Write(field, DialogFieldKind.Text, JsonValue.Create(value));

    public void Set(string field, int value) => Write(field, DialogFieldKind.Number, JsonValue.Create(value));

    public void Set(string field, bool value) => Write(field, DialogFieldKind.YesNo, JsonValue.Create(value));

    public void Set(string field, IEnumerable<string> value) => Write(field, DialogFieldKind.List, new JsonArray([.. value.Select(item => (JsonNode?)JsonValue.Create(item))]));

    public void Remove(string field)
    {
        Check(field, null);
        values.Remove(field);
    }

    private JsonNode? Read(string field)
    {
        Check(field, null);
        return values[field] is { } value && value.GetValueKind() != JsonValueKind.Null ? value : null;
    }

    private void Write(string field, DialogFieldKind kind, JsonNode value)
    {
        Check(field, kind);
        values[field] = value;
    }

    private void Check(string field, DialogFieldKind? kind)
    {
        if (!fields.TryGetValue(field, out var declared))
        {
            throw new ArgumentException($"The dialog schema has no field '{field}'.", nameof(field));
        }

        // Text also carries an availability's canonical form.
        if (kind is { } written && declared.Kind != DialogFieldKind.Any && declared.Kind != written
            && !(written == DialogFieldKind.Text && declared.Kind == DialogFieldKind.Availability))
        {
            throw new ArgumentException($"The field '{field}' holds {declared.Kind}, not {written}.", nameof(field));
        }
    }
}
