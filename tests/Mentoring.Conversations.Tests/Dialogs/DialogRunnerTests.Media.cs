using System.Text.Json.Nodes;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Dialogs;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>Pictures and voice notes without words, and texts the host says through the runner.</summary>
public sealed partial class DialogRunnerTests
{
    [Fact]
    public async Task ContinueAsync_SaysOnlyTextIsRead_AndAsksTheWaitingQuestionAgain_WhenAMessageHasOnlyMedia()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");

        var replies = await conversation.TurnAsync(Photo());

        Assert.Equal(["text only", "name?"], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task ContinueAsync_DoesNotCountMediaAsAWrongAnswer()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");

        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(["text only", "name?"], (await conversation.TurnAsync(Photo())).Select(r => r.Text));
        }

        Assert.Equal([RolePrompt], await conversation.SayAsync("Amal"));
    }

    [Fact]
    public async Task ContinueAsync_SaysOnlyTextIsRead_ThenStarts_WhenTheFirstMessageIsAPhoto()
    {
        var conversation = Start();

        Assert.Equal(["text only", "hello", "name?"], (await conversation.TurnAsync(Photo())).Select(r => r.Text));
    }

    [Fact]
    public async Task ContinueAsync_ReadsTheCaption_WhenAPhotoComesWithText()
    {
        var conversation = Start();
        await conversation.SayAsync("hi");
        var photo = Photo();
        photo.Text = "Amal";

        Assert.Equal([RolePrompt], (await conversation.TurnAsync(photo)).Select(r => r.Text));
    }

    [Fact]
    public void Say_SaysAHostTextInThePersonsLanguage()
    {
        using var folder = DialogFolder.Minimal();
        var runner = new DialogRunner(folder.Load(DialogFolder.Schema() with { Texts = ["t.hello"] }));
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, ChannelId = "sms", Locale = "de-DE" }, [], EmptyServices.Instance);

        runner.Say(turn, "t.hello");

        Assert.Equal("hallo", Assert.Single(turn.Replies).Text);
    }

    [Fact]
    public void Say_Refuses_ATextTheSchemaDoesNotList()
    {
        using var folder = DialogFolder.Minimal();
        var runner = new DialogRunner(folder.Load());
        var turn = new TurnContext(new Activity { Type = ActivityTypes.Message, ChannelId = "sms" }, [], EmptyServices.Instance);

        Assert.Throws<ArgumentException>(() => runner.Say(turn, "t.hello"));
    }

    private static Activity Photo() => new()
    {
        Type = ActivityTypes.Message,
        Attachments = [new Attachment { ContentType = "image/jpeg", ContentUrl = "https://media.example/1.jpg" }],
    };

    private sealed class EmptyServices : IServiceProvider
    {
        public static readonly EmptyServices Instance = new();

        public object? GetService(Type serviceType) => null;
    }
}
