using System.Text.Json.Nodes;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>The runtime through <see cref="Conversation"/> on the small test flows (SMS, so options are numbered).</summary>
public sealed partial class DialogRunnerTests
{
    private const string RolePrompt = "role, Amal?\n1. Helper\n2. Looking for a mentor";

    private readonly RememberAction remember = new();

    [Fact]
    public async Task ContinueAsync_StartsTheStartFlow_WhenTheConversationIsNew()
    {
        var conversation = Start();

        Assert.Equal(["hello", "name?"], await conversation.SayAsync("hi"));
    }

    [Fact]
    public async Task ContinueAsync_RunsTheFlowToTheEnd_StoringEachAnswerAsPlainJson()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");

        Assert.Equal([RolePrompt], await conversation.SayAsync("Amal"));
        Assert.Equal(["how many?"], await conversation.SayAsync("1"));
        Assert.Equal(["when?"], await conversation.SayAsync("3"));
        Assert.Equal(["Amal, Helper, Monday evening: ok?\n1. Yes\n2. No"], await conversation.SayAsync("mon evening"));
        Assert.Equal(["extra done", "languages?\n1. English\n2. German\n3. Arabic"], await conversation.SayAsync("yes"));
        Assert.Equal(["remembered English, Arabic", "bye Amal"], await conversation.SayAsync("1 3"));

        Assert.Equal(
            """{"name":"Amal","role":"helper","count":3,"when":"mon:evening","ok":true,"langs":["en","ar"],"remembered":true}""",
            conversation.Values.ToJsonString());
    }

    [Fact]
    public async Task ContinueAsync_ResumesTheCallerAtItsNextStep_WhenASubFlowEnds()
    {
        var conversation = await AtAvailabilityAsync();
        await conversation.SayAsync("weekend");

        var replies = await conversation.SayAsync("no");

        Assert.Equal(["extra done", "languages?\n1. English\n2. German\n3. Arabic"], replies);
        Assert.Single(JsonNode.Parse(conversation.StateJson)!["dialog"]!.AsArray());
    }

    [Fact]
    public async Task ContinueAsync_SkipsAStep_WhenItsConditionIsNotMet()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");
        await conversation.SayAsync("Amal");

        Assert.Equal(["when?"], await conversation.SayAsync("I want mentor"));
        Assert.Equal("seeker", conversation.Values["role"]!.GetValue<string>());
    }

    [Fact]
    public async Task ContinueAsync_RunsTheAction_AndLaterConditionsSeeTheFieldItSet()
    {
        var conversation = await AtAvailabilityAsync();
        await conversation.SayAsync("weekend");
        await conversation.SayAsync("yes");

        var replies = await conversation.SayAsync("german");

        Assert.Equal(["remembered German", "bye Amal"], replies);
        Assert.Equal(["de"], Assert.Single(remember.Seen));
    }

    [Fact]
    public async Task ContinueAsync_StartsTheMenuFlow_WhenAMessageComesAfterTheFlowsEnded()
    {
        var conversation = await AtAvailabilityAsync();
        await conversation.SayAsync("weekend");
        await conversation.SayAsync("yes");
        await conversation.SayAsync("1");

        Assert.Equal(["menu"], await conversation.SayAsync("hello again"));
        Assert.Equal(["menu"], await conversation.SayAsync("and again"));
    }

    [Fact]
    public async Task ContinueAsync_KeepsTheWholeStack_InTheStateBetweenTurns()
    {
        var conversation = await AtAvailabilityAsync();

        var stack = JsonNode.Parse(conversation.StateJson)!["dialog"]!.AsArray();

        Assert.Equal(["start", "extra"], stack.Select(frame => frame!["flow"]!.GetValue<string>()));
        Assert.Equal([5, 0], stack.Select(frame => frame!["step"]!.GetValue<int>()));
        Assert.Equal("[1,2,3]", stack[0]!["answered"]!.ToJsonString());
    }

    [Fact]
    public async Task ContinueAsync_StartsAfresh_WhenTheSavedStackNamesAFlowThatNoLongerExists()
    {
        var conversation = Start();
        conversation.StateJson = """{"dialog":[{"flow":"renamed","step":2,"attempts":0,"answered":[]}],"values":{"name":"Amal"}}""";

        Assert.Equal(["menu"], await conversation.SayAsync("hi"));
        Assert.Equal("Amal", conversation.Values["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task BeginAsync_RunsTheFlowOnTop_AndAsksThePendingQuestionAgainAfterIt()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");

        var replies = await conversation.BeginAsync("help");

        Assert.Equal(["help text", "name?"], replies.Select(reply => reply.Text));
        Assert.Equal([RolePrompt], await conversation.SayAsync("Amal"));
    }

    [Fact]
    public async Task BeginAsync_RefusesAFlowTheDialogsDoNotHave()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Start().BeginAsync("nowhere"));
    }

    private Conversation Start(string channel = "sms", string? locale = "en-GB") => new(TestDialogs.Catalog, channel, locale, remember);

    /// <summary>Answered: name Amal, role helper, count 3; the sub-flow asks "when?".</summary>
    private async Task<Conversation> AtAvailabilityAsync()
    {
        var conversation = Start();
        foreach (var answer in new[] { "hi", "Amal", "Helper", "3" })
        {
            await conversation.SayAsync(answer);
        }

        return conversation;
    }
}
