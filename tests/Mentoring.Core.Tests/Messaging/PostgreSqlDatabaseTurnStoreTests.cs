using System.Data.Common;
using System.Text.Json.Nodes;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Mentoring.Core.Tests.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static Mentoring.Core.Tests.Messaging.TestActivities;

namespace Mentoring.Core.Tests.Messaging;

public sealed class PostgreSqlDatabaseTurnStoreTests : DatabaseTurnStoreTests
{
    protected override TestDatabase NewDatabase() => new PostgreSqlTestDatabase();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task CommitAsync_WritesATurnOfStateAndRepliesAlone_InOneStatementWithoutATransaction(bool conversationExists)
    {
        await using var database = NewDatabase();
        var commands = new CommandCount();
        // Started only after the commit: nothing sends or records meanwhile.
        await using var host = await HostAsync(database, interceptor: commands);
        if (conversationExists)
        {
            await host.RunAsync(Message("m-0", "start"));
        }

        var activity = Message("m-1", "hello");
        await using (var turn = await host.Store.BeginAsync(activity, CancellationToken.None))
        {
            commands.Reset();
            await turn.CommitAsync(new JsonObject { ["by"] = "turn" }, [activity.CreateReply("one"), activity.CreateReply("two")], CancellationToken.None);

            // Neither EF Core's batch nor its BEGIN and COMMIT: the one statement runs beside it.
            Assert.Equal((0, 0), (commands.Commands, commands.Transactions));
        }

        await host.StartAsync();
        var sent = conversationExists ? 3 : 2;
        await UntilSentAsync(database, sent);
        var state = await StateAsync(database);
        Assert.Equal(("""{"by":"turn"}""", conversationExists ? 1L : 0L), (state.Data, state.Version));
        Assert.Contains("m-1", await InboundIdsAsync(database));
        Assert.Equal(["one", "two"], Sender.Texts.TakeLast(2));
        var rows = (await OutboxAsync(database)).Where(o => TextOf(o.Payload) is "one" or "two").OrderBy(o => o.CreatedAt).ToList();
        Assert.Equal([TestPeople.Now, TestPeople.Now.AddMilliseconds(1)], rows.Select(o => o.CreatedAt));
        Assert.All(rows, o => Assert.Equal((MessageKind.Reply, ChannelId, "conv-1", OutboxState.Sent, 1), (o.Kind, o.ChannelId, o.Address, o.State, o.Attempts)));
    }

    [Fact]
    public async Task CommitAsync_WritesWhatTheBotChangedWithSaveChanges_InOneTransaction()
    {
        await using var database = NewDatabase();
        var commands = new CommandCount();
        await using var host = await HostAsync(database, interceptor: commands);
        var activity = Message("m-1", "hello");
        await using var turn = await host.Store.BeginAsync(activity, CancellationToken.None);
        turn.Services.GetRequiredService<MentoringDbContext>().AuditEntries.Add(new AuditEntry(TestPeople.Now, "bot", "turn", "conv-1"));

        commands.Reset();
        await turn.CommitAsync(new JsonObject { ["by"] = "turn" }, [activity.CreateReply("one")], CancellationToken.None);

        Assert.Equal(1, commands.Transactions);
        Assert.Equal(["turn"], await AuditActionsAsync(database));
        Assert.Equal("""{"by":"turn"}""", (await StateAsync(database)).Data);
    }

    [Fact]
    public async Task CommitAsync_CommitsTheTurn_WhenTheConnectionWasLostDuringIt()
    {
        await using var database = NewDatabase();
        await using var host = await StartedHostAsync(database);
        await host.RunAsync(Message("m-0", "start"));
        var activity = Message("m-1", "hello");
        await using var turn = await host.Store.BeginAsync(activity, CancellationToken.None);

        // The server ends the turn's connection while the bot runs (a restart, a failover).
        var db = turn.Services.GetRequiredService<MentoringDbContext>();
        var backend = await db.Database.SqlQueryRaw<int>("SELECT pg_backend_pid() AS \"Value\"").SingleAsync();
        await using (var other = await database.NewContextAsync())
        {
            await other.Database.ExecuteSqlAsync($"SELECT pg_terminate_backend({backend})");
        }

        await turn.CommitAsync(new JsonObject { ["by"] = "turn" }, [activity.CreateReply("after the loss")], CancellationToken.None);

        await UntilSentAsync(database, 2);
        Assert.Equal("""{"by":"turn"}""", (await StateAsync(database)).Data);
        Assert.Equal(["m-0", "m-1"], await InboundIdsAsync(database));
        Assert.Equal(["1: start", "after the loss"], Sender.Texts);
    }

    /// <summary>The commands and transactions a context runs through EF Core.</summary>
    private sealed class CommandCount : DbCommandInterceptor, IDbTransactionInterceptor
    {
        private int commands;
        private int transactions;

        public int Commands => Volatile.Read(ref commands);

        public int Transactions => Volatile.Read(ref transactions);

        public void Reset() => (commands, transactions) = (0, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref commands);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref commands);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref commands);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }

        public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref transactions);
            return ValueTask.FromResult(result);
        }
    }
}
