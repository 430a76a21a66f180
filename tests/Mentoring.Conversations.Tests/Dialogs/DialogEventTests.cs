using System.Text.Json;
using Mentoring.Conversations.Dialogs;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>Flows the service starts by an event (a proposal arrived), and fields an action fills that read like another field.</summary>
public sealed class DialogEventTests : IDisposable
{
    private readonly DialogFolder folder = DialogFolder.Minimal()
        .Write("flows/notice.yaml", "flow: notice\nsteps:\n  - say: t.notice\n  - ask-choice: t.ask\n    store: pick\n    options:\n      a: t.apple\n      b: t.pear\n  - say: t.other\n")
        .Append("locales/en.yaml", "t.notice: news\nt.ask: pick one\nt.apple: Apple\nt.pear: Pear\nt.other: \"they picked {other}\"\n")
        .Append("locales/de.yaml", "t.notice: Neues\nt.ask: wähle\nt.apple: Apfel\nt.pear: Birne\nt.other: \"gewählt: {other}\"\n");

    public void Dispose() => folder.Dispose();

    /// <summary>Reads the running flow's event, on whichever turn: <c>other</c> becomes its fruit.</summary>
    private sealed class FruitFromEvent : IDialogAction
    {
        public string Name => "remember";

        public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
        {
            context.Values.Set("other", context.EventValue!.Value.GetProperty("fruit").GetString()!);
            return Task.CompletedTask;
        }
    }

    private static DialogSchema Schema => DialogFolder.Schema(new("pick", DialogFieldKind.Text), new("other", DialogFieldKind.Text) { ReadsAs = "pick" })
        with
    { EventFlows = new Dictionary<string, string> { ["fruit.arrived"] = "notice" } };

    [Fact]
    public async Task AnEventTheSchemaKnows_StartsItsFlow_OnTopOfWhatIsGoingOn()
    {
        var conversation = new Conversation(folder.Load(Schema), "sms", "en");
        await conversation.SayAsync("hi");

        var replies = await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "fruit.arrived" });

        Assert.Equal(["news", "pick one\n1. Apple\n2. Pear"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task AnEventTheSchemaDoesNotKnow_IsIgnored()
    {
        var conversation = new Conversation(folder.Load(Schema), "sms", "en");

        Assert.Empty(await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "something.else" }));
    }

    [Fact]
    public async Task AFieldThatReadsAsAnother_IsShownWithThatFieldsOptionTexts_InThePersonsLanguage()
    {
        var conversation = new Conversation(folder.Load(Schema), "sms", "de") { StateJson = """{"dialog":[],"values":{"other":"b"}}""" };
        await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "fruit.arrived" });

        Assert.Equal(["gewählt: Birne"], await conversation.SayAsync("1"));
    }

    [Fact]
    public async Task ASecondEventForAFlowGoingOn_Waits_AndStartsWithItsOwnValueWhenTheFirstIsAnswered()
    {
        using var events = DialogFolder.Minimal()
            .Write("flows/notice.yaml", "flow: notice\nsteps:\n  - action: remember\n  - ask-choice: t.ask\n    store: pick\n    options:\n      a: t.apple\n      b: t.pear\n  - say: t.other\n")
            .Append("locales/en.yaml", "t.ask: \"{other} arrived: pick one\"\nt.apple: Apple\nt.pear: Pear\nt.other: \"you picked {pick}\"\n")
            .Append("locales/de.yaml", "t.ask: \"{other} angekommen: wähle\"\nt.apple: Apfel\nt.pear: Birne\nt.other: \"gewählt: {pick}\"\n");
        var conversation = new Conversation(events.Load(Schema), "sms", "en", new FruitFromEvent());
        await conversation.SayAsync("hi");

        var first = await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "fruit.arrived", Value = JsonSerializer.SerializeToElement(new { fruit = "a" }) });
        var second = await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "fruit.arrived", Value = JsonSerializer.SerializeToElement(new { fruit = "b" }) });

        Assert.Equal(["Apple arrived: pick one\n1. Apple\n2. Pear"], first.Select(r => r.Text));
        Assert.Empty(second);
        Assert.Equal(["you picked Pear", "Pear arrived: pick one\n1. Apple\n2. Pear"], await conversation.SayAsync("2"));
        Assert.Equal(["you picked Apple"], await conversation.SayAsync("1"));
    }

    [Fact]
    public async Task AnEventWhoseFlowWouldRestartAFlowGoingOn_Waits_SoTheWaitingQuestionIsNotLost()
    {
        // "survey" is going on (started by one event); "ended" is another event's flow that asks the
        // same survey: started on top, it would restart the survey and lose the question waiting.
        using var events = DialogFolder.Minimal()
            .Write("flows/survey.yaml", "flow: survey\nsteps:\n  - ask-choice: t.ask\n    store: pick\n    options:\n      a: t.apple\n      b: t.pear\n  - say: t.other\n")
            .Write("flows/ended.yaml", "flow: ended\nsteps:\n  - say: t.ended\n  - flow: survey\n")
            .Append("locales/en.yaml", "t.ask: pick one\nt.apple: Apple\nt.pear: Pear\nt.other: \"you picked {pick}\"\nt.ended: it ended\n")
            .Append("locales/de.yaml", "t.ask: wähle\nt.apple: Apfel\nt.pear: Birne\nt.other: \"gewählt: {pick}\"\nt.ended: vorbei\n");
        var schema = DialogFolder.Schema(new DialogField("pick", DialogFieldKind.Text))
            with
        { EventFlows = new Dictionary<string, string> { ["survey.due"] = "survey", ["match.ended"] = "ended" } };
        var conversation = new Conversation(events.Load(schema), "sms", "en");
        await conversation.SayAsync("hi");
        await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "survey.due" });

        Assert.Empty(await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "match.ended" }));

        Assert.Equal(["you picked Apple", "it ended", "pick one\n1. Apple\n2. Pear"], await conversation.SayAsync("1"));
    }

    [Fact]
    public async Task AnEventArrivingWhileAnotherEventsQuestionWaits_Waits_AndTheReminderOfThatQuestionDoesNot()
    {
        using var events = DialogFolder.Minimal()
            .Write("flows/ask.yaml", "flow: ask\nsteps:\n  - ask-choice: t.ask\n    store: pick\n    options:\n      a: t.apple\n      b: t.pear\n  - say: t.other\n")
            .Write("flows/news.yaml", "flow: news\nsteps:\n  - say: t.news\n")
            .Write("flows/nudge.yaml", "flow: nudge\nsteps:\n  - say: t.nudge\n")
            .Append("locales/en.yaml", "t.ask: pick one\nt.apple: Apple\nt.pear: Pear\nt.other: \"you picked {pick}\"\nt.news: news\nt.nudge: a reminder\n")
            .Append("locales/de.yaml", "t.ask: wähle\nt.apple: Apfel\nt.pear: Birne\nt.other: \"gewählt: {pick}\"\nt.news: Neues\nt.nudge: Erinnerung\n");
        var schema = DialogFolder.Schema(new DialogField("pick", DialogFieldKind.Text))
            with
        {
            EventFlows = new Dictionary<string, string> { ["ask.due"] = "ask", ["news.came"] = "news", ["ask.nudge"] = "nudge" },
            ReminderEvents = new HashSet<string> { "ask.nudge" },
        };
        var conversation = new Conversation(events.Load(schema), "sms", "en");
        await conversation.SayAsync("hi");
        await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "ask.due" });

        Assert.Empty(await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "news.came" }));
        Assert.Equal(["a reminder", "pick one\n1. Apple\n2. Pear"], (await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "ask.nudge" })).Select(r => r.Text));
        Assert.Equal(["you picked Pear", "news"], await conversation.SayAsync("2"));
    }

    [Fact]
    public async Task AnEventsFlowThatSaysNothing_LeavesTheWaitingQuestionUnasked()
    {
        using var events = DialogFolder.Minimal()
            .Write("flows/ask.yaml", "flow: ask\nsteps:\n  - ask-choice: t.ask\n    store: pick\n    options:\n      a: t.apple\n      b: t.pear\n")
            .Write("flows/quiet.yaml", "flow: quiet\nsteps:\n  - say: t.never\n    when: pick == a\n")
            .Append("locales/en.yaml", "t.ask: pick one\nt.apple: Apple\nt.pear: Pear\nt.never: never said\n")
            .Append("locales/de.yaml", "t.ask: wähle\nt.apple: Apfel\nt.pear: Birne\nt.never: nie\n");
        var schema = DialogFolder.Schema(new DialogField("pick", DialogFieldKind.Text))
            with
        {
            EventFlows = new Dictionary<string, string> { ["ask.due"] = "ask", ["quiet.note"] = "quiet" },
            ReminderEvents = new HashSet<string> { "quiet.note" },
        };
        var conversation = new Conversation(events.Load(schema), "sms", "en");
        await conversation.SayAsync("hi");
        await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "ask.due" });

        Assert.Empty(await conversation.TurnAsync(new Activity { Type = ActivityTypes.Event, Name = "quiet.note" }));
        Assert.Empty(await conversation.SayAsync("2"));
    }

    [Fact]
    public void Load_Fails_WhenAnEventStartsAFlowThatDoesNotExist()
    {
        var error = Assert.Throws<DialogDefinitionException>(() => folder.Load(Schema with { EventFlows = new Dictionary<string, string> { ["x.y"] = "nowhere" } }));

        Assert.Contains("there is no flow 'nowhere', which the host starts for the event 'x.y'", error.Message, StringComparison.Ordinal);
    }
}
