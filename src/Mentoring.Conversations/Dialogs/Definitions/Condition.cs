using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mentoring.Conversations.Dialogs.Definitions;

/// <summary>
/// A step's <c>when:</c>: <c>field</c>, <c>not field</c>, <c>field == value</c>,
/// <c>field != value</c> or <c>field in [a, b]</c>. A field is set when it has a value that is
/// not "no", not empty text and not an empty list. A field holding several answers equals a value
/// when that value is one of them.
/// </summary>
internal sealed record Condition(string Field, ConditionOperator Operator, IReadOnlyList<string> Values)
{
    /// <summary>Null with a <paramref name="problem"/> when the text follows none of the forms.</summary>
    public static Condition? Parse(string text, out string? problem)
    {
        problem = null;
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var condition = parts switch
        {
            [var field] => new Condition(field, ConditionOperator.IsSet, []),
            ["not", var field] => new Condition(field, ConditionOperator.IsNotSet, []),
            [var field, "==", var value] => new Condition(field, ConditionOperator.Equals, [value]),
            [var field, "!=", var value] => new Condition(field, ConditionOperator.NotEquals, [value]),
            [var field, "in", ..] => ParseIn(field, text[(text.IndexOf(" in ", StringComparison.Ordinal) + 4)..]),
            _ => null,
        };
        if (condition is null || condition.Field is "not" or "in" || !TextTemplate.IsName(condition.Field) || !condition.Values.All(TextTemplate.IsName))
        {
            problem = $"'{text}' is not a condition: write 'field', 'not field', 'field == value', 'field != value' or 'field in [a, b]'";
            return null;
        }

        return condition;
    }

    public bool IsMet(JsonObject values)
    {
        var value = values[Field];
        return Operator switch
        {
            ConditionOperator.IsSet => IsSet(value),
            ConditionOperator.IsNotSet => !IsSet(value),
            ConditionOperator.NotEquals => !Matches(value, Values[0]),
            _ => Values.Any(expected => Matches(value, expected)),
        };
    }

    private static Condition? ParseIn(string field, string list)
    {
        list = list.Trim();
        return list.StartsWith('[') && list.EndsWith(']')
            ? new Condition(field, ConditionOperator.In, [.. list[1..^1].Split(',', StringSplitOptions.TrimEntries)])
            : null;
    }

    private static bool IsSet(JsonNode? value) => value?.GetValueKind() switch
    {
        null or JsonValueKind.Null or JsonValueKind.False => false,
        JsonValueKind.String => value.GetValue<string>().Length > 0,
        JsonValueKind.Array => value.AsArray().Count > 0,
        _ => true,
    };

    private static bool Matches(JsonNode? value, string expected) => value?.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>() == expected,
        JsonValueKind.Number => value.ToJsonString() == expected,
        JsonValueKind.True => expected is "yes" or "true",
        JsonValueKind.False => expected is "no" or "false",
        JsonValueKind.Array => value.AsArray().Any(item => Matches(item, expected)),
        _ => false,
    };
}
