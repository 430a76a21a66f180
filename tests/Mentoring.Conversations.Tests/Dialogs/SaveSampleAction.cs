using Mentoring.Conversations.Dialogs;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>Stands in for the host's <c>save-sample</c>: keeps what it would have saved.</summary>
public sealed class SaveSampleAction : IDialogAction
{
    public string Name => "save-sample";

    public List<string> Saved { get; } = [];

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        Saved.Add($"{context.Values.GetText("first-name")} {context.Values.GetText("role")} {context.Values.GetText("availability")} {string.Join("+", context.Values.GetList("languages"))}");
        return Task.CompletedTask;
    }
}
