using System.Text.Json.Nodes;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Schema;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Core.Messaging;

/// <summary>One turn's scope and context; what the bot changes through <see cref="Services"/> commits with it.</summary>
internal sealed class DatabaseTurnTransaction(
    AsyncServiceScope scope, MentoringDbContext db, DatabaseTurnStore store, Activity activity, string channelId, string key, string? messageId, ConversationState? row, JsonObject state)
    : ITurnTransaction
{
    public JsonObject State { get; } = state;

    public IServiceProvider Services => scope.ServiceProvider;

    public MentoringDbContext Db { get; } = db;

    public Activity Activity { get; } = activity;

    public string ChannelId { get; } = channelId;

    public string Key { get; } = key;

    public string? MessageId { get; } = messageId;

    public ConversationState? Row { get; } = row;

    public Task CommitAsync(JsonObject state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken) =>
        store.CommitAsync(this, state, replies, cancellationToken);

    public ValueTask DisposeAsync() => scope.DisposeAsync();
}
