using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Tests.Pipeline;

/// <summary>Counts the conversation's turns in its state and answers "n: text"; can be held inside a turn.</summary>
public sealed class CountingBot : IBot
{
    private int runs;

    public int Runs => runs;

    /// <summary>When set, a turn whose text is <c>Text</c> waits inside the bot until <c>Release</c> completes.</summary>
    public (string Text, TaskCompletionSource Entered, TaskCompletionSource Release)? Hold { get; set; }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref runs);
        if (Hold is { } hold && hold.Text == turnContext.Activity.Text)
        {
            hold.Entered.TrySetResult();
            await hold.Release.Task.WaitAsync(cancellationToken);
        }

        var count = (int?)turnContext.State["count"] ?? 0;
        turnContext.State["count"] = count + 1;
        turnContext.Send(new Activity { Text = $"{count + 1}: {turnContext.Activity.Text}" });
    }
}
