using System.Text.Json.Nodes;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>Commands: back, cancel, help, menu, in any language, before the question's answer.</summary>
public sealed partial class DialogRunnerTests
{
    [Fact]
    public async Task Back_AsksThePreviousQuestionAgain_AndForgetsItsAnswer()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");
        await conversation.SayAsync("Amal");
        await conversation.SayAsync("1");

        Assert.Equal([RolePrompt], await conversation.SayAsync("back"));
        Assert.Null(conversation.Values["role"]);
        Assert.Equal(["when?"], await conversation.SayAsync("2"));
    }

    [Fact]
    public async Task Back_GoesBackOneQuestionEachTime()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");
        await conversation.SayAsync("Amal");
        await conversation.SayAsync("1");

        await conversation.SayAsync("back");

        Assert.Equal(["name?"], await conversation.SayAsync("back"));
        Assert.Equal(["role, Sara?\n1. Helper\n2. Looking for a mentor"], await conversation.SayAsync("Sara"));
    }

    [Fact]
    public async Task Back_AsksTheCurrentQuestionAgain_WhenNothingWasAnsweredInThisFlow()
    {
        var conversation = await AtAvailabilityAsync();

        Assert.Equal(["when?"], await conversation.SayAsync("back"));
    }

    [Fact]
    public async Task Back_StartsTheMenu_WhenNothingIsGoingOn()
    {
        var conversation = Start();
        conversation.StateJson = """{"dialog":[]}""";

        Assert.Equal(["menu"], await conversation.SayAsync("back"));
    }

    [Fact]
    public async Task Cancel_ClearsTheStack_SaysSo_AndStartsTheMenu()
    {
        var conversation = await AtAvailabilityAsync();

        Assert.Equal(["cancelled", "menu"], await conversation.SayAsync("never mind"));
        Assert.Empty(JsonNode.Parse(conversation.StateJson)!["dialog"]!.AsArray());
        Assert.Equal(["menu"], await conversation.SayAsync("hi"));
    }

    [Fact]
    public async Task Help_SaysHelp_ThenAsksThePendingQuestionAgain()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");
        await conversation.SayAsync("Amal");

        Assert.Equal(["help text", RolePrompt], await conversation.SayAsync("help"));
        Assert.Equal(["how many?"], await conversation.SayAsync("1"));
    }

    [Fact]
    public async Task Menu_DropsWhatWasGoingOn()
    {
        var conversation = await AtAvailabilityAsync();

        Assert.Equal(["menu"], await conversation.SayAsync("menu"));
        Assert.Empty(JsonNode.Parse(conversation.StateJson)!["dialog"]!.AsArray());
    }

    [Theory]
    [InlineData("HELP!")]
    [InlineData("  help ")]
    [InlineData("hilfe")]
    [InlineData("Hilfe.")]
    public async Task Commands_AreRecognised_InEveryLanguageIgnoringCaseAndPunctuation(string message)
    {
        var conversation = Start();
        await conversation.SayAsync("hi");

        Assert.Equal(["help text", "name?"], await conversation.SayAsync(message));
    }

    [Fact]
    public async Task Commands_MatchTheWholeMessageOnly()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");

        Assert.Equal(["role, help me?\n1. Helper\n2. Looking for a mentor"], await conversation.SayAsync("help me"));
    }

    [Fact]
    public async Task Commands_DoNotStartTheStartFlow_WhenTheConversationIsNew()
    {
        var conversation = Start();

        Assert.Equal(["hello", "name?"], await conversation.SayAsync("help"));
    }
}
