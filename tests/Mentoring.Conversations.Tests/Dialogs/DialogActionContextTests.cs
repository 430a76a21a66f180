using Mentoring.Conversations.Dialogs;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>What an action can do, run at the test flows' <c>action: remember</c> (answers: Amal, seeker, weekend, yes, 1 3).</summary>
public sealed class DialogActionContextTests
{
    [Fact]
    public async Task Values_ReadTheAnswersOfEachKind()
    {
        DialogValues? seen = null;
        string? summary = null;

        await RunActionAsync(context =>
        {
            seen = context.Values;
            summary = $"{seen.GetText("name")} {seen.GetText("role")} {seen.GetText("when")} {seen.GetYesNo("ok")} {string.Join("+", seen.GetList("langs"))} {seen.GetNumber("count")}";
        });

        Assert.Equal("Amal seeker sat:morning+afternoon+evening sun:morning+afternoon+evening True en+ar ", summary);
    }

    [Fact]
    public async Task Values_WriteFieldsThatLaterStepsShow()
    {
        var conversation = await RunActionAsync(context =>
        {
            context.Values.Set("langs", ["de"]);
            context.Values.Set("remembered", true);
            context.Values.Remove("name");
        });

        Assert.Equal("""["de"]""", conversation.Values["langs"]!.ToJsonString());
        Assert.Null(conversation.Values["name"]);
    }

    [Fact]
    public async Task Values_RefuseAFieldTheSchemaDoesNotDeclare()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => RunActionAsync(context => context.Values.Set("nobody", "x")));
    }

    [Fact]
    public async Task Values_RefuseAValueOfAnotherKind()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => RunActionAsync(context => context.Values.Set("count", "three")));
    }

    [Fact]
    public async Task Say_SendsTheTextInThePersonsLanguage()
    {
        IReadOnlyList<string?> replies = [];

        await RunActionAsync(context => context.Say("t.extra-done"), last => replies = last);

        Assert.Equal(["extra done", "bye Amal"], replies);
    }

    [Fact]
    public async Task Say_RefusesAnUnknownKey()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => RunActionAsync(context => context.Say("t.nope")));
    }

    [Fact]
    public async Task Language_RefusesALanguageTheDialogsDoNotHave()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => RunActionAsync(context => context.Language = "fr"));
    }

    private static async Task<Conversation> RunActionAsync(Action<DialogActionContext> run, Action<IReadOnlyList<string?>>? last = null)
    {
        var conversation = new Conversation(TestDialogs.Catalog, "sms", "en-GB", new ProbeAction(run));
        foreach (var answer in new[] { "hi", "Amal", "2", "weekend", "yes" })
        {
            await conversation.SayAsync(answer);
        }

        var replies = await conversation.SayAsync("1 3");
        last?.Invoke(replies);
        return conversation;
    }

    private sealed class ProbeAction(Action<DialogActionContext> run) : IDialogAction
    {
        public string Name => "remember";

        public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
        {
            run(context);
            return Task.CompletedTask;
        }
    }
}
