using Mentoring.Conversations.Dialogs;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>Which language the bot speaks, and how options are shown on each kind of channel.</summary>
public sealed partial class DialogRunnerTests
{
    [Theory]
    [InlineData("de-DE", "hallo")]
    [InlineData("de", "hallo")]
    [InlineData("DE-at", "hallo")]
    [InlineData("en-US", "hello")]
    [InlineData("fr-FR", "hello")]
    [InlineData("", "hello")]
    [InlineData(null, "hello")]
    public async Task ContinueAsync_SpeaksTheActivitysLanguage_ElseTheDefault(string? locale, string expected)
    {
        var conversation = Start(locale: locale);

        Assert.Equal(expected, (await conversation.SayAsync("hi"))[0]);
    }

    [Fact]
    public async Task ContinueAsync_SpeaksTheChosenLanguage_WhateverTheActivitySays()
    {
        var conversation = Start(locale: "en-GB");
        conversation.StateJson = """{"language":"de"}""";

        Assert.Equal(["hallo", "Name?"], await conversation.SayAsync("hi"));
    }

    [Fact]
    public async Task ContinueAsync_FillsPlaceholders_WithOptionTextsAndDaysInThePersonsLanguage()
    {
        var conversation = Start(locale: "de-DE");
        foreach (var answer in new[] { "hallo", "Amal", "Mentor suchen" })
        {
            await conversation.SayAsync(answer);
        }

        Assert.Equal(["Amal, Mentor suchen, weekend any time: ok?\n1. de: Yes\n2. de: No"], await conversation.SayAsync("weekend"));
    }

    [Fact]
    public async Task ContinueAsync_RecognisesNumberWords_InThePersonsLanguage()
    {
        var conversation = Start(locale: "de-DE");
        foreach (var answer in new[] { "hallo", "Amal", "eins" })
        {
            await conversation.SayAsync(answer);
        }

        Assert.Equal(["wann?"], await conversation.SayAsync("zwei bitte"));
        Assert.Equal(2, conversation.Values["count"]!.GetValue<int>());
    }

    [Fact]
    public async Task Action_CanChangeTheLanguage_ForThisTurnAndTheNext()
    {
        var conversation = new Conversation(TestDialogs.Catalog, "sms", "en-GB", new SwitchToGermanAction());
        foreach (var answer in new[] { "hi", "Amal", "2", "weekend", "yes" })
        {
            await conversation.SayAsync(answer);
        }

        Assert.Equal(["tschüss Amal"], await conversation.SayAsync("1"));
        Assert.Equal(["Menü"], await conversation.SayAsync("hi"));
    }

    [Fact]
    public async Task ContinueAsync_ShowsOptionsAsButtons_WhenTheChannelHasThem()
    {
        var conversation = Start(channel: "webchat");
        await conversation.SayAsync("hi");

        var reply = Assert.Single(await conversation.SendAsync("Amal"));

        Assert.Equal("role, Amal?", reply.Text);
        Assert.All(reply.SuggestedActions!.Actions, button => Assert.Equal("imBack", button.Type));
        Assert.Equal(["Helper", "Looking for a mentor"], reply.SuggestedActions.Actions.Select(button => button.Title));
        Assert.Equal(["Helper", "Looking for a mentor"], reply.SuggestedActions.Actions.Select(button => button.Value!.Value.GetString()));
    }

    [Fact]
    public async Task ContinueAsync_AcceptsTheButtonsValue()
    {
        var conversation = Start(channel: "webchat");
        await conversation.SayAsync("hi");
        await conversation.SayAsync("Amal");

        Assert.Equal(["when?"], await conversation.SayAsync("Looking for a mentor"));
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("whatsapp")]
    public async Task ContinueAsync_ShowsSeveralChoicesAsANumberedList_OnEveryChannel(string channel)
    {
        var conversation = Start(channel: channel);
        foreach (var answer in new[] { "hi", "Amal", "2", "weekend" })
        {
            await conversation.SayAsync(answer);
        }

        var reply = (await conversation.SendAsync("yes"))[^1];

        Assert.Equal("languages?\n1. English\n2. German\n3. Arabic", reply.Text);
        Assert.Null(reply.SuggestedActions);
    }

    private sealed class SwitchToGermanAction : IDialogAction
    {
        public string Name => "remember";

        public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
        {
            context.Language = "de";
            return Task.CompletedTask;
        }
    }
}
