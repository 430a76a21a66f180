namespace Mentoring.Conversations.Pipeline;

/// <summary>
/// One turn at a time per conversation within this process, in arrival order (waiters on a
/// <see cref="SemaphoreSlim"/> are released first come, first served). Across host instances the
/// store's version check does the same job: the later commit fails and its turn runs again.
/// </summary>
public sealed class ConversationLocks
{
    private readonly Dictionary<string, Entry> entries = new(StringComparer.Ordinal);

    public async Task<IDisposable> AcquireAsync(string key, CancellationToken cancellationToken)
    {
        Entry entry;
        lock (entries)
        {
            if (!entries.TryGetValue(key, out entry!))
            {
                entry = new Entry();
                entries.Add(key, entry);
            }

            entry.Users++;
        }

        try
        {
            await entry.Gate.WaitAsync(cancellationToken);
        }
        catch
        {
            Leave(key, entry);
            throw;
        }

        return new Releaser(this, key, entry);
    }

    /// <summary>How many conversations hold or wait for a lock; entries go when their last user leaves.</summary>
    internal int Count
    {
        get
        {
            lock (entries)
            {
                return entries.Count;
            }
        }
    }

    private void Leave(string key, Entry entry)
    {
        lock (entries)
        {
            if (--entry.Users == 0)
            {
                entries.Remove(key);
            }
        }
    }

    private sealed class Entry
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public int Users { get; set; }
    }

    private sealed class Releaser(ConversationLocks owner, string key, Entry entry) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
            {
                entry.Gate.Release();
                owner.Leave(key, entry);
            }
        }
    }
}
