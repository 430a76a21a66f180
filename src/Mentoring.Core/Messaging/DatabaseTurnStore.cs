using System.Text.Json.Nodes;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Schema;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mentoring.Core.Messaging;

/// <summary>
/// Turns kept in the database: the message id, the conversation's state and the replies commit
/// in one <c>SaveChanges</c> (one transaction), so a crash loses all of a turn or none of it.
/// </summary>
public sealed class DatabaseTurnStore(IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider time) : ITurnStore
{
    // Compiled once: the expression tree of a query run on every turn costs more to build and look up than to run.
    private static readonly CompiledPerModel<Func<MentoringDbContext, string, string, string?, CancellationToken, Task<StoredState?>>> Load = new(() =>
        EF.CompileAsyncQuery((MentoringDbContext db, string channelId, string key, string? messageId, CancellationToken _) => (
            from s in db.ConversationStates
            where s.ChannelId == channelId && s.ConversationKey == key
            from a in db.ChannelAddresses.Where(a => a.ChannelId == s.ChannelId && a.Address == s.ConversationKey).DefaultIfEmpty()
            select new StoredState(s, db.InboundMessages.Any(m => m.ChannelId == channelId && m.MessageId == messageId), a))
            .FirstOrDefault()));

    private static readonly CompiledPerModel<Func<MentoringDbContext, string, string, CancellationToken, Task<bool>>> IsTaken = new(() =>
        EF.CompileAsyncQuery((MentoringDbContext db, string channelId, string messageId, CancellationToken _) =>
            db.InboundMessages.Any(m => m.ChannelId == channelId && m.MessageId == messageId)));

    public async Task<ITurnTransaction> BeginAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var scope = scopes.CreateAsyncScope();
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<MentoringDbContext>();
            var channelId = activity.ChannelId!;
            var key = StoredKey.Fit(activity.Conversation!.Id!, 256);
            var messageId = activity.Id is { Length: > 0 } id ? StoredKey.Fit(id, 128) : null;

            // One connection for the whole turn: its reads, the bot's and the commit.
            await db.Database.OpenConnectionAsync(cancellationToken);

            // A cheap look first, so a channel's retry does not even run the bot; the unique index
            // on the message id is what guarantees it when two retries race. The look comes with
            // the state, in one query, but for the first message of a conversation; and so does the
            // address the message came from, which every message turn reads.
            var found = await Load.For(db)(db, channelId, key, messageId, cancellationToken);
            var taken = found is null ? messageId is not null && await IsTakenAsync(db, channelId, messageId, cancellationToken) : found.Taken;
            if (taken)
            {
                throw new TurnConflictException(TurnConflict.Duplicate);
            }

            if (found is not null)
            {
                scope.ServiceProvider.GetRequiredService<TurnAddress>().Set(found.Address);
            }

            var row = found?.Row;
            var state = row is null ? [] : JsonNode.Parse(row.Data) as JsonObject ?? [];
            return new DatabaseTurnTransaction(scope, db, this, activity, channelId, key, messageId, row, state);
        }
        catch
        {
            await scope.DisposeAsync();
            throw;
        }
    }

    internal async Task CommitAsync(DatabaseTurnTransaction turn, JsonObject state, IReadOnlyList<Activity> replies, CancellationToken cancellationToken)
    {
        var db = turn.Db;
        var now = time.GetUtcNow();

        // Looked at before the state is touched: whether the bot changed anything else.
        var alone = PostgreSqlTurnCommit.Applies(db);
        var row = turn.Row ?? new ConversationState(Guid.NewGuid(), turn.ChannelId, turn.Key, now);

        // UpdatedAt changes every turn, so every turn's update checks the version it read.
        row.Save(state.ToJsonString(), now);
        var message = turn.MessageId is null ? null : new InboundMessage(turn.ChannelId, turn.MessageId, now);
        var outgoing = new List<OutboxMessage>(replies.Count);
        var kind = NoticeDelivery.KindOf(turn.Activity);
        for (var i = 0; i < replies.Count; i++)
        {
            // A millisecond apart (finer than every provider stores), so whoever sends them
            // later (the sweep, after a crash) can tell their order from CreatedAt.
            var reply = replies[i];
            // They are leased to this host as they are written and sent after the commit (OutboxSignal).
            outgoing.Add(new OutboxMessage(Guid.NewGuid(), row.PersonId, reply.ChannelId ?? turn.ChannelId, turn.Key, kind, ActivityJson.Serialize(reply), now.AddMilliseconds(i)));
        }

        if (alone)
        {
            await CommitAloneAsync(turn, row, message, outgoing, cancellationToken);
            return;
        }

        if (turn.Row is null)
        {
            db.ConversationStates.Add(row);
        }

        if (message is not null)
        {
            db.InboundMessages.Add(message);
        }

        db.Outbox.AddRange(outgoing);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Another turn committed first: a retry of this very message that raced it (the unique
            // message id, or the state's version if the retry got there first), or another message
            // of the conversation (the version, or the conversation's unique key on a first turn).
            throw await ConflictAsync(turn, e, cancellationToken);
        }
    }

    /// <summary>The state, the message id and the replies, and nothing else: one statement (<see cref="PostgreSqlTurnCommit"/>).</summary>
    private async Task CommitAloneAsync(DatabaseTurnTransaction turn, ConversationState row, InboundMessage? message, List<OutboxMessage> outgoing, CancellationToken cancellationToken)
    {
        signal.Lease(outgoing);
        bool written;
        try
        {
            // Retried on a transient failure, as SaveChanges is: a retry after a commit whose answer
            // was lost finds the version moved on, and the turn's conflict says which case it was.
            written = await turn.Db.Database.CreateExecutionStrategy().ExecuteAsync(
                ct => PostgreSqlTurnCommit.ExecuteAsync(turn.Db, row, turn.Row is null, message, outgoing, ct), cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw await ConflictAsync(turn, e, cancellationToken);
        }

        if (!written)
        {
            throw await ConflictAsync(turn, null, cancellationToken);
        }

        signal.Committed(outgoing);
    }

    private async Task<TurnConflictException> ConflictAsync(DatabaseTurnTransaction turn, Exception? cause, CancellationToken cancellationToken) =>
        new(await IsTakenAsync(turn, cancellationToken) ? TurnConflict.Duplicate : TurnConflict.StateChanged, cause);

    private async Task<bool> IsTakenAsync(DatabaseTurnTransaction turn, CancellationToken cancellationToken)
    {
        if (turn.MessageId is null)
        {
            return false;
        }

        // A fresh context: the turn's own holds the insert that failed.
        await using var scope = scopes.CreateAsyncScope();
        return await IsTakenAsync(scope.ServiceProvider.GetRequiredService<MentoringDbContext>(), turn.ChannelId, turn.MessageId, cancellationToken);
    }

    private static Task<bool> IsTakenAsync(MentoringDbContext db, string channelId, string messageId, CancellationToken cancellationToken) =>
        IsTaken.For(db)(db, channelId, messageId, cancellationToken);

    /// <summary>A conversation's state, whether the message of this turn was taken in already, and the address it came from.</summary>
    private sealed record StoredState(ConversationState Row, bool Taken, ChannelAddress? Address);
}
