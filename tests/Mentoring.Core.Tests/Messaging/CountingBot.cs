using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Schema;

namespace Mentoring.Core.Tests.Messaging;

/// <summary>
/// Counts the conversation's turns in its state and answers each word of a message with
/// "n: word". One turn can be held after its state was loaded, so another host commits meanwhile.
/// </summary>
public sealed class CountingBot : IBot
{
    private int runs;
    private Hold? hold;

    public int Runs => Volatile.Read(ref runs);

    /// <summary>Holds the next turn whose text is <paramref name="text"/> (only that one, not its re-run) until released.</summary>
    public Hold HoldNext(string text) => hold = new Hold(text);

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref runs);
        var text = turnContext.Activity.Text!;
        if (Volatile.Read(ref hold) is { } held && held.Text == text && Interlocked.CompareExchange(ref hold, null, held) == held)
        {
            held.Entered.TrySetResult();
            await held.Release.Task.WaitAsync(cancellationToken);
        }

        var count = ((int?)turnContext.State["count"] ?? 0) + 1;
        turnContext.State["count"] = count;
        turnContext.State["last"] = text;
        foreach (var word in text.Split(' '))
        {
            turnContext.Send(new Activity { Text = $"{count}: {word}" });
        }
    }

    public sealed class Hold(string text)
    {
        public string Text { get; } = text;

        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
