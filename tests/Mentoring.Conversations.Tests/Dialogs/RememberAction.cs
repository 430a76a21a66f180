using Mentoring.Conversations.Dialogs;

namespace Mentoring.Conversations.Tests.Dialogs;

/// <summary>The test flows' action: remembers that it ran, in a field later steps test, and keeps what it saw.</summary>
public sealed class RememberAction : IDialogAction
{
    public string Name => "remember";

    public List<IReadOnlyList<string>> Seen { get; } = [];

    public Task RunAsync(DialogActionContext context, CancellationToken cancellationToken)
    {
        Seen.Add(context.Values.GetList("langs"));
        context.Values.Set("remembered", true);
        return Task.CompletedTask;
    }
}
