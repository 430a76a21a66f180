using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentoring.Core.Tests.Messaging;

/// <summary>
/// Holds a host's next <c>SaveChanges</c>, after it has read and decided, until released: the
/// moment another host can write the same rows in between.
/// </summary>
public sealed class SaveGate : SaveChangesInterceptor
{
    private Hold? next;

    public Hold HoldNext() => next = new Hold();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref next, null) is { } hold)
        {
            hold.Entered.TrySetResult();
            await hold.Release.Task.WaitAsync(cancellationToken);
        }

        return result;
    }

    public sealed class Hold
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
