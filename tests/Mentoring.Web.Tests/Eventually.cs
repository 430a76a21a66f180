namespace Mentoring.Web.Tests;

/// <summary>
/// Waits for what the host does in the background (the outbox dispatcher sends after commit), by
/// polling: the limit only bounds a failing test, it is never the assertion.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    public static Task<T> GetAsync<T>(Func<T> read, Func<T, bool> done, string what) =>
        GetAsync(() => Task.FromResult(read()), done, what);

    public static async Task<T> GetAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(done);
        var cancellation = TestContext.Current.CancellationToken;
        using var timeout = new CancellationTokenSource(Limit);
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (timeout.IsCancellationRequested)
            {
                Assert.Fail($"Waited {Limit.TotalSeconds} s for {what}; last seen: {value}");
            }

            await Task.Delay(Interval, cancellation);
        }
    }
}
