namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>Answers that do not answer: a re-prompt of the question's kind, and a way out after the attempts allowed.</summary>
public sealed partial class DialogRunnerTests
{
    private const string ChooseRole = "choose one:\n1. Helper\n2. Looking for a mentor";

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("😀🎉")]
    [InlineData("?!")]
    public async Task ContinueAsync_AsksForWords_WhenATextAnswerHasNone(string answer)
    {
        var conversation = Start();
        await conversation.SayAsync("hi");

        Assert.Equal(["write some words"], await conversation.SayAsync(answer));
    }

    [Fact]
    public async Task ContinueAsync_SaysTheLimit_WhenATextAnswerIsTooLong()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");

        Assert.Equal(["at most 10"], await conversation.SayAsync(new string('x', 2000)));
    }

    [Theory]
    [InlineData("3")]
    [InlineData("0")]
    [InlineData("1 2")]
    [InlineData("helper or mentor")]
    [InlineData("asdfghjkl")]
    [InlineData("😀")]
    [InlineData("")]
    public async Task ContinueAsync_ShowsTheOptionsAgain_WhenAChoiceIsNotUnderstood(string answer)
    {
        var conversation = Start();
        await conversation.SayAsync("hi");
        await conversation.SayAsync("Amal");

        Assert.Equal([ChooseRole], await conversation.SayAsync(answer));
    }

    [Fact]
    public async Task ContinueAsync_ShowsTheOptionsAgain_WhenAChoiceIsAnEssay()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");
        await conversation.SayAsync("Amal");

        Assert.Equal([ChooseRole], await conversation.SayAsync(string.Concat(Enumerable.Repeat("I would like to help out. ", 80))));
    }

    [Theory]
    [InlineData("9", "a number from 1 to 5")]
    [InlineData("two or three", "a number from 1 to 5")]
    [InlineData("many", "a number from 1 to 5")]
    [InlineData("99999999999999999999", "a number from 1 to 5")]
    public async Task ContinueAsync_SaysTheRange_WhenANumberIsNotUnderstood(string answer, string expected)
    {
        var conversation = Start();
        await conversation.SayAsync("hi");
        await conversation.SayAsync("Amal");
        await conversation.SayAsync("1");

        Assert.Equal([expected], await conversation.SayAsync(answer));
    }

    [Fact]
    public async Task ContinueAsync_GivesEachKindItsOwnReprompt()
    {
        var conversation = await AtAvailabilityAsync();

        Assert.Equal(["days and times?"], await conversation.SayAsync("whenever I can"));
        await conversation.SayAsync("weekdays");
        Assert.Equal(["yes or no?\n1. Yes\n2. No"], await conversation.SayAsync("maybe"));
        await conversation.SayAsync("yeah");
        Assert.Equal(["choose some:\n1. English\n2. German\n3. Arabic"], await conversation.SayAsync("1 7"));
    }

    [Fact]
    public async Task ContinueAsync_RepromptsInThePersonsLanguage()
    {
        var conversation = Start(locale: "de-DE");
        await conversation.SayAsync("hallo");
        await conversation.SayAsync("Amal");

        Assert.Equal(["de: choose one:\n1. Helfen\n2. Mentor suchen"], await conversation.SayAsync("vielleicht"));
    }

    [Fact]
    public async Task ContinueAsync_SkipsTheQuestionAndStartsTheStuckFlow_AfterTheStepsAttempts()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");
        await conversation.SayAsync("Amal");
        await conversation.SayAsync("1");

        Assert.Equal(["a number from 1 to 5"], await conversation.SayAsync("9"));
        Assert.Equal(["stuck", "help text", "when?"], await conversation.SayAsync("9"));
        Assert.Null(conversation.Values["count"]);
    }

    [Fact]
    public async Task ContinueAsync_GivesThreeAttempts_ByDefault()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");
        await conversation.SayAsync("Amal");

        await conversation.SayAsync("x");
        await conversation.SayAsync("x");

        Assert.Equal(["stuck", "help text", "when?"], await conversation.SayAsync("x"));
    }

    [Fact]
    public async Task ContinueAsync_CountsAttemptsAfresh_WhenAQuestionIsAskedAgain()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");
        await conversation.SayAsync("Amal");
        await conversation.SayAsync("1");
        await conversation.SayAsync("9");

        await conversation.SayAsync("help");

        Assert.Equal(["a number from 1 to 5"], await conversation.SayAsync("9"));
    }

    [Fact]
    public async Task ContinueAsync_SkipsTheQuestionWithoutHelp_WhenStuckInTheHelpFlowItself()
    {
        using var folder = DialogFolder.Minimal()
            .Write("flows/start.yaml", "flow: start\nsteps:\n  - ask-number: t.hello\n    store: count\n    min: 1\n    max: 2\n    attempts: 1\n")
            .Write("flows/help.yaml", "flow: help\nsteps:\n  - ask-number: t.hello\n    store: count\n    min: 1\n    max: 2\n    attempts: 1\n");
        var schema = DialogFolder.Schema(new Mentoring.Conversations.Dialogs.DialogField("count")) with { StuckFlow = "help" };
        var conversation = new Conversation(folder.Load(schema));
        await conversation.SayAsync("hi");

        Assert.Equal(["stuck", "hello"], await conversation.SayAsync("x"));
        Assert.Equal(["stuck"], await conversation.SayAsync("x"));
        Assert.Empty(System.Text.Json.Nodes.JsonNode.Parse(conversation.StateJson)!["dialog"]!.AsArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("\uD800")]
    [InlineData("ـــ")]
    [InlineData("\u200F\u200E")]
    [InlineData("{name} {{}}")]
    public async Task ContinueAsync_AnswersEveryMessage_WithoutThrowing(string? message)
    {
        var conversation = Start();
        await conversation.SayAsync("hi");

        foreach (var _ in Enumerable.Range(0, 8))
        {
            Assert.NotEmpty(await conversation.SayAsync(message));
        }
    }
}
