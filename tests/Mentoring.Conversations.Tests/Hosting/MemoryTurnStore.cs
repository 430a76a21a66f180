using System.Text.Json.Nodes;
using Mentoring.Conversations.Bot;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Conversations.Tests.Hosting;

/// <summary>
/// The turn store's contract kept in memory, for the kernel's own tests: message ids taken once,
/// state under a version, replies delivered right after the commit by the channel's sender.
/// </summary>
public sealed class MemoryTurnStore(IServiceProvider services) : ITurnStore
{
    private readonly IServiceProvider services = services;
    private readonly Dictionary<string, (string Json, long Version)> states = new(StringComparer.Ordinal);
    private readonly HashSet<string> taken = new(StringComparer.Ordinal);

    /// <summary>Runs between loading and committing, to let a test interleave another writer.</summary>
    public Func<Task>? BeforeCommit { get; set; }

    public int Commits { get; private set; }

    public string? StateOf(string channelId, string conversationId)
    {
        lock (states)
        {
            return states.TryGetValue(channelId + "\n" + conversationId, out var state) ? state.Json : null;
        }
    }

    public void Overwrite(string channelId, string conversationId, string json)
    {
        lock (states)
        {
            var key = channelId + "\n" + conversationId;
            states[key] = (json, states.TryGetValue(key, out var old) ? old.Version + 1 : 1);
        }
    }

    public Task<ITurnTransaction> BeginAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = activity.ChannelId + "\n" + activity.Conversation!.Id;
        lock (states)
        {
            if (activity.Id is not null && taken.Contains(activity.ChannelId + "\n" + activity.Id))
            {
                throw new TurnConflictException(TurnConflict.Duplicate);
            }

            var (json, version) = states.TryGetValue(key, out var state) ? state : ("{}", 0);
            return Task.FromResult<ITurnTransaction>(new Transaction(this, key, activity, (JsonObject)JsonNode.Parse(json)!, version));
        }
    }

    private sealed class Transaction(MemoryTurnStore store, string key, Activity activity, JsonObject state, long version) : ITurnTransaction
    {
        public JsonObject State { get; } = state;

        public IServiceProvider Services => store.services;

        public async Task CommitAsync(JsonObject state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
        {
            if (store.BeforeCommit is { } before)
            {
                await before();
            }

            lock (store.states)
            {
                var messageId = activity.ChannelId + "\n" + activity.Id;
                if (activity.Id is not null && store.taken.Contains(messageId))
                {
                    throw new TurnConflictException(TurnConflict.Duplicate);
                }

                var current = store.states.TryGetValue(key, out var stored) ? stored.Version : 0;
                if (current != version)
                {
                    throw new TurnConflictException(TurnConflict.StateChanged);
                }

                store.states[key] = (state.ToJsonString(), version + 1);
                store.taken.Add(messageId);
                store.Commits++;
            }

            var senders = store.services.GetServices<IActivitySender>().ToList();
            foreach (var reply in replies)
            {
                await senders.First(s => s.Delivers(reply)).SendAsync(reply, Guid.NewGuid().ToString("N"), cancellationToken);
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
