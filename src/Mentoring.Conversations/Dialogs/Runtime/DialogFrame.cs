using System.Text.Json.Nodes;
using Mentoring.Conversations.Dialogs.Definitions;

namespace Mentoring.Conversations.Dialogs.Runtime;

/// <summary>
/// One flow on the stack, kept in the conversation's state as
/// <c>{"flow": "try-it", "step": 3, "attempts": 1, "answered": [1, 2]}</c>: the step it is at
/// (the question waiting for an answer, or where it resumes after a sub-flow), the wrong answers
/// to that question so far, and the questions answered, latest last, for <c>back</c>.
/// </summary>
internal sealed class DialogFrame
{
    private DialogFrame(JsonObject node, Flow flow, JsonArray answered)
    {
        Node = node;
        Flow = flow;
        Answered = answered;
    }

    public JsonObject Node { get; }

    public Flow Flow { get; }

    public JsonArray Answered { get; }

    public int Step
    {
        get => ReadInt(Node["step"]) ?? 0;
        set => Node["step"] = value;
    }

    public int Attempts
    {
        get => ReadInt(Node["attempts"]) ?? 0;
        set => Node["attempts"] = value;
    }

    /// <summary>The event this flow was started for (<c>{"name": …, "value": …}</c>), if the service started it.</summary>
    public JsonObject? Event => Node["event"] as JsonObject;

    /// <summary>The step at <see cref="Step"/>; null once the flow is done.</summary>
    public Step? Current => Step < Flow.Steps.Count ? Flow.Steps[Step] : null;

    public static DialogFrame Start(Flow flow, JsonObject? startedBy = null)
    {
        var answered = new JsonArray();
        var node = new JsonObject { ["flow"] = flow.Name, ["step"] = 0, ["attempts"] = 0, ["answered"] = answered };
        if (startedBy is not null)
        {
            node["event"] = startedBy;
        }

        return new DialogFrame(node, flow, answered);
    }

    /// <summary>
    /// Null when the node is not a frame of a flow the catalog has: state written before the flows
    /// changed (a flow renamed, steps removed) or by something else.
    /// </summary>
    public static DialogFrame? Read(JsonNode? node, DialogCatalog catalog) =>
        node is JsonObject frame
        && frame["flow"] is JsonValue name && name.TryGetValue<string>(out var flowName) && catalog.Flows.TryGetValue(flowName, out var flow)
        && ReadInt(frame["step"]) is >= 0 and var step && step <= flow.Steps.Count
        && frame["answered"] is JsonArray answered && answered.All(index => ReadInt(index) is { } i && i >= 0 && i < step)
            ? new DialogFrame(frame, flow, answered)
            : null;

    public void Answer(int step)
    {
        Answered.Add(step);
        Step = step + 1;
        Attempts = 0;
    }

    /// <summary>Forgets the latest answered question and goes back to it; null when none was answered.</summary>
    public Step? Back()
    {
        if (Answered.Count == 0)
        {
            return null;
        }

        var step = ReadInt(Answered[^1])!.Value;
        Answered.RemoveAt(Answered.Count - 1);
        Step = step;
        Attempts = 0;
        return Flow.Steps[step];
    }

    private static int? ReadInt(JsonNode? node) => node is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;
}
