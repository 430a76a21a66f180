using System.Diagnostics;

namespace Mentoring.Core.Tests.Messaging;

/// <summary>Waits for what the background services do by looking again until it is so, never by sleeping a guessed time.</summary>
internal static class Poll
{
    // Generous: the build machine's two cores are shared. Only a hang ever waits this long.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            if (waited.Elapsed > Timeout)
            {
                Assert.Fail($"Gave up waiting until {what}.");
            }

            await Task.Delay(20);
        }
    }
}
