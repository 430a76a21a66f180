using System.Globalization;
using Mentoring.Conversations.DirectLine;
using Mentoring.Conversations.Schema;

namespace Mentoring.Conversations.Tests.DirectLine;

/// <summary>
/// The transcript's contract kept in memory: a sequence per conversation taken under one lock, so
/// two writers never share a number and a poll never skips one. Activities are kept as JSON, as the
/// database keeps them, so what a client reads is what survived serialization, not the live object.
/// </summary>
public sealed class MemoryDirectLineTranscript(TimeProvider time) : IDirectLineTranscript
{
    private readonly Dictionary<string, List<string>> conversations = new(StringComparer.Ordinal);

    /// <summary>How many activities all conversations hold, for tests that check nothing was added.</summary>
    public int Count
    {
        get
        {
            lock (conversations)
            {
                return conversations.Values.Sum(activities => activities.Count);
            }
        }
    }

    public Task<bool> StartAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (conversations)
        {
            return Task.FromResult(conversations.TryAdd(conversationId, []));
        }
    }

    public Task<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken)
    {
        lock (conversations)
        {
            return Task.FromResult(conversations.ContainsKey(conversationId));
        }
    }

    public Task<string?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        lock (conversations)
        {
            if (!conversations.TryGetValue(conversationId, out var activities))
            {
                return Task.FromResult<string?>(null);
            }

            var sequence = activities.Count + 1;
            activity.Id = string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");
            activity.Timestamp ??= time.GetUtcNow();
            activities.Add(ActivityJson.Serialize(activity));
            return Task.FromResult<string?>(activity.Id);
        }
    }

    public Task<(IReadOnlyList<Activity> Activities, long Watermark)> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        lock (conversations)
        {
            var after = conversations.TryGetValue(conversationId, out var activities) && watermark < activities.Count
                ? activities.Skip((int)watermark).Select(json => ActivityJson.Deserialize(json)!).ToList()
                : [];
            return Task.FromResult<(IReadOnlyList<Activity>, long)>((after, watermark + after.Count));
        }
    }
}
