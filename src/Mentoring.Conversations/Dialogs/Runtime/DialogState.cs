using System.Text.Json.Nodes;
using Mentoring.Conversations.Dialogs.Definitions;

namespace Mentoring.Conversations.Dialogs.Runtime;

/// <summary>
/// The runtime's part of the conversation's state: <c>dialog</c> (the stack of flows, innermost
/// last), <c>values</c> (the fields) and <c>language</c> (when the person chose one). Plain JSON,
/// so it survives the pipeline saving it between turns.
/// </summary>
internal sealed class DialogState
{
    private const string StackKey = "dialog";
    private const string ValuesKey = "values";
    private const string LanguageKey = "language";
    private const string PendingKey = "pending";

    private readonly JsonObject root;
    private readonly JsonArray stack;
    private readonly List<DialogFrame> frames = [];

    public DialogState(JsonObject root, DialogCatalog catalog)
    {
        this.root = root;
        IsNew = root[StackKey] is null;
        var read = root[StackKey] is JsonArray saved ? saved.Select(node => DialogFrame.Read(node, catalog)).ToList() : [];
        if (read.Count > 0 && read.TrueForAll(frame => frame is not null))
        {
            stack = (JsonArray)root[StackKey]!;
            frames.AddRange(read.OfType<DialogFrame>());
        }
        else
        {
            // Unreadable (the flows changed since it was saved): start again rather than fail every turn.
            stack = [];
            root[StackKey] = stack;
        }

        if (root[ValuesKey] is not JsonObject values)
        {
            values = [];
            root[ValuesKey] = values;
        }

        Values = values;
    }

    /// <summary>Nothing has happened in this conversation yet.</summary>
    public bool IsNew { get; }

    public JsonObject Values { get; }

    public string? Language
    {
        get => root[LanguageKey] is JsonValue value && value.TryGetValue<string>(out var language) ? language : null;
        set => root[LanguageKey] = value;
    }

    /// <summary>The innermost flow; null when nothing is going on.</summary>
    public DialogFrame? Top => frames.Count > 0 ? frames[^1] : null;

    public bool Contains(Flow flow) => frames.Exists(frame => frame.Flow == flow);

    /// <summary>Starts a flow on top. A flow already on the stack is restarted instead, with what ran on top of it dropped: the stack never grows without end.</summary>
    public void Push(Flow flow, JsonObject? startedBy = null)
    {
        var existing = frames.FindIndex(frame => frame.Flow == flow);
        while (existing >= 0 && frames.Count > existing)
        {
            Pop();
        }

        var started = DialogFrame.Start(flow, startedBy);
        frames.Add(started);
        stack.Add(started.Node);
    }

    public void Pop()
    {
        frames.RemoveAt(frames.Count - 1);
        stack.RemoveAt(stack.Count - 1);
    }

    public void Clear()
    {
        frames.Clear();
        stack.Clear();
    }

    /// <summary>The event of the innermost flow the service started for one, if any.</summary>
    public JsonObject? Event => frames.LastOrDefault(frame => frame.Event is not null)?.Event;

    /// <summary>
    /// An event whose flow is already going on (a second proposal while the first is being
    /// answered) waits here, and starts once nothing is going on.
    /// </summary>
    public void Enqueue(Flow flow, JsonObject startedBy)
    {
        if (root[PendingKey] is not JsonArray pending)
        {
            pending = [];
            root[PendingKey] = pending;
        }

        pending.Add(new JsonObject { ["flow"] = flow.Name, ["event"] = startedBy });
    }

    /// <summary>The oldest waiting event's flow, if any; flows the dialogs no longer have are dropped.</summary>
    public bool TryDequeue(DialogCatalog catalog, out Flow flow, out JsonObject? startedBy)
    {
        while (root[PendingKey] is JsonArray { Count: > 0 } pending)
        {
            var next = pending[0] as JsonObject;
            pending.RemoveAt(0);
            if (next?["flow"] is JsonValue name && name.TryGetValue<string>(out var flowName) && catalog.Flows.TryGetValue(flowName, out var found))
            {
                flow = found;
                startedBy = next["event"]?.DeepClone() as JsonObject;
                return true;
            }
        }

        flow = null!;
        startedBy = null;
        return false;
    }

    /// <summary>Set by an action ("delete my data"): when the turn ends, the conversation forgets everything, so the next message starts it anew.</summary>
    public bool ForgetAfterTurn { get; set; }

    /// <summary>Forgets the whole conversation: flows, answers, language. The next message is a new conversation's first.</summary>
    public void Forget()
    {
        frames.Clear();
        root.Clear();
    }
}
