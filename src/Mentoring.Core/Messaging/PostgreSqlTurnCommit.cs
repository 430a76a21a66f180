using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using System.Text;
using System.Text.RegularExpressions;
using Mentoring.Core.Data;
using Mentoring.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Mentoring.Core.Messaging;

/// <summary>
/// A turn's commit on PostgreSQL as one statement: the state is written under the version the
/// turn read (or inserted, on a conversation's first turn, unless another turn inserted it
/// first), and the message id and the replies are inserted only if it was. A single statement is
/// atomic on its own, so this is one round trip, where <c>SaveChanges</c> takes a batch inside
/// <c>BEGIN</c> and then <c>COMMIT</c>, and it needs no change tracking.
/// </summary>
/// <remarks>
/// Used only when the state, the message id and the replies are all the turn writes; a turn whose
/// bot changed other rows commits them all with <c>SaveChanges</c>, as every turn does on SQLite
/// and SQL Server. The tables, columns and their types come from the EF model, so a new column
/// of these three entities is written here without a change.
/// </remarks>
internal static partial class PostgreSqlTurnCommit
{
    private static readonly ConcurrentDictionary<(Type Context, bool Insert, bool Message, int Replies), string> Statements = new();

    private static readonly ConcurrentDictionary<(Type Context, Type Entity), Table> Tables = new();

    // Asking a context for its provider costs reflection each time; a context type has one provider.
    private static readonly ConcurrentDictionary<Type, bool> OnPostgreSql = new();

    /// <summary>Whether this turn can commit in one statement: PostgreSQL, no transaction open, and nothing else changed.</summary>
    public static bool Applies(MentoringDbContext db) =>
        OnPostgreSql.GetOrAdd(db.GetType(), _ => db.Database.IsNpgsql()) && db.Database.CurrentTransaction is null && !db.ChangeTracker.HasChanges();

    /// <summary>
    /// Writes the turn; false if another turn of the conversation wrote its state first (the
    /// version moved on, or on a first turn the conversation exists already). A message id taken
    /// in already fails the statement with a unique violation, and nothing is written.
    /// </summary>
    public static async Task<bool> ExecuteAsync(
        MentoringDbContext db, ConversationState state, bool isNew, InboundMessage? message, IReadOnlyList<OutboxMessage> replies, CancellationToken cancellationToken)
    {
        var states = TableOf<ConversationState>(db);
        var messages = TableOf<InboundMessage>(db);
        var outbox = TableOf<OutboxMessage>(db);
        var connection = db.Database.GetDbConnection();
        if (connection.State != ConnectionState.Open)
        {
            // Broken by a transient failure, on a retry: EF Core closes and opens it again.
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        await using var command = connection.CreateCommand();
        command.CommandTimeout = db.Database.GetCommandTimeout() ?? command.CommandTimeout;
        command.CommandText = Statements.GetOrAdd((db.GetType(), isNew, message is not null, replies.Count), key =>
            Build(states, messages, outbox, key.Insert, key.Message, key.Replies));

        if (isNew)
        {
            states.AddValues(command, state);
        }
        else
        {
            states.AddValue(command, nameof(ConversationState.Data), state.Data);
            states.AddValue(command, nameof(ConversationState.UpdatedAt), state.UpdatedAt);
            states.AddValue(command, nameof(ConversationState.Version), state.Version + 1);
            states.AddValue(command, nameof(ConversationState.Id), state.Id);
            states.AddValue(command, nameof(ConversationState.Version), state.Version);
        }

        if (message is not null)
        {
            messages.AddValues(command, message);
        }

        foreach (var reply in replies)
        {
            outbox.AddValues(command, reply);
        }

        return await command.ExecuteScalarAsync(cancellationToken) is long written && written > 0;
    }

    private static string Build(Table states, Table messages, Table outbox, bool insert, bool message, int replies)
    {
        var sql = new StringBuilder("WITH state AS (");
        var n = 0;
        if (insert)
        {
            // The conversation's unique key: another turn that inserted it first wins, and this one runs again.
            states.AppendInsert(sql).Append(" VALUES (");
            states.AppendPlaceholders(sql, ref n).Append(") ON CONFLICT DO NOTHING RETURNING 1)");
        }
        else
        {
            var data = states.Column(nameof(ConversationState.Data));
            var updatedAt = states.Column(nameof(ConversationState.UpdatedAt));
            var version = states.Column(nameof(ConversationState.Version));
            var id = states.Column(nameof(ConversationState.Id));
            sql.Append("UPDATE ").Append(states.Name).Append(" SET ")
                .Append(data.Name).Append(" = ").Append(data.Placeholder(++n)).Append(", ")
                .Append(updatedAt.Name).Append(" = ").Append(updatedAt.Placeholder(++n)).Append(", ")
                .Append(version.Name).Append(" = ").Append(version.Placeholder(++n))
                .Append(" WHERE ").Append(id.Name).Append(" = ").Append(id.Placeholder(++n))
                .Append(" AND ").Append(version.Name).Append(" = ").Append(version.Placeholder(++n))
                .Append(" RETURNING 1)");
        }

        if (message)
        {
            sql.Append(", message AS (");
            AppendInsertIfWritten(sql, messages, 1, ref n);
            sql.Append(')');
        }

        if (replies > 0)
        {
            sql.Append(", outbox AS (");
            AppendInsertIfWritten(sql, outbox, replies, ref n);
            sql.Append(')');
        }

        return sql.Append(" SELECT count(*) FROM state").ToString();
    }

    /// <summary>INSERT … SELECT the values FROM state: a row for each, only if the state was written.</summary>
    private static void AppendInsertIfWritten(StringBuilder sql, Table table, int rows, ref int n)
    {
        table.AppendInsert(sql).Append(' ');
        for (var i = 0; i < rows; i++)
        {
            sql.Append(i == 0 ? "SELECT " : " UNION ALL SELECT ");
            table.AppendPlaceholders(sql, ref n).Append(" FROM state");
        }
    }

    private static Table TableOf<TEntity>(MentoringDbContext db) =>
        Tables.GetOrAdd((db.GetType(), typeof(TEntity)), key => Table.Create(db, key.Entity));

    /// <summary>One entity's table as the model maps it: the columns an insert writes, with their types.</summary>
    private sealed class Table(string name, Column[] columns)
    {
        public string Name { get; } = name;

        public static Table Create(MentoringDbContext db, Type entity)
        {
            var type = db.Model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model.");
            var tableName = type.GetTableName() ?? throw new InvalidOperationException($"{entity.Name} has no table.");
            var table = StoreObjectIdentifier.Table(tableName, type.GetSchema());
            var sql = db.GetService<ISqlGenerationHelper>();

            // What the database generates (an identity) is left to it, as SaveChanges does.
            var columns = type.GetProperties()
                .Select(p =>
                {
                    if (p.IsShadowProperty())
                    {
                        throw new InvalidOperationException($"{entity.Name}.{p.Name} is a shadow property, which a turn's one-statement commit cannot write.");
                    }

                    return new Column(p, sql.DelimitIdentifier(p.GetColumnName(table)!), p.GetRelationalTypeMapping(), BaseType(p.GetColumnType(table)));
                })
                .ToArray();
            return new Table(sql.DelimitIdentifier(tableName, type.GetSchema()), columns);
        }

        public Column Column(string property) => columns.First(c => c.Property.Name == property);

        public StringBuilder AppendInsert(StringBuilder sql)
        {
            sql.Append("INSERT INTO ").Append(Name).Append(" (");
            var first = true;
            foreach (var column in Written())
            {
                sql.Append(first ? string.Empty : ", ").Append(column.Name);
                first = false;
            }

            return sql.Append(')');
        }

        public StringBuilder AppendPlaceholders(StringBuilder sql, ref int n)
        {
            var first = true;
            foreach (var column in Written())
            {
                sql.Append(first ? string.Empty : ", ").Append(column.Placeholder(++n));
                first = false;
            }

            return sql;
        }

        public void AddValues(DbCommand command, object entity)
        {
            foreach (var column in columns)
            {
                var value = column.Property.GetGetter().GetClrValueUsingContainingEntity(entity);
                if (column.IsGenerated)
                {
                    // Left to the database: a value set here would be lost without a word.
                    if (!Equals(value, column.Property.Sentinel))
                    {
                        throw new InvalidOperationException($"{column.Property.DeclaringType.ClrType.Name}.{column.Property.Name} is generated by the database and cannot be set.");
                    }

                    continue;
                }

                command.Parameters.Add(column.Mapping.CreateParameter(command, string.Empty, value, column.Property.IsNullable));
            }
        }

        public void AddValue(DbCommand command, string property, object? value)
        {
            var column = Column(property);
            command.Parameters.Add(column.Mapping.CreateParameter(command, string.Empty, value, column.Property.IsNullable));
        }

        private IEnumerable<Column> Written() => columns.Where(c => !c.IsGenerated);
    }

    private sealed record Column(IProperty Property, string Name, RelationalTypeMapping Mapping, string Type)
    {
        public bool IsGenerated => Property.ValueGenerated != ValueGenerated.Never;

        /// <summary>
        /// A positional parameter cast to its column's type, so a null has a type in a
        /// <c>UNION ALL</c>; cast without its length, so a value too long fails as it would in an
        /// insert instead of being cut.
        /// </summary>
        public string Placeholder(int n) => $"${n}::{Type}";
    }

    /// <summary><c>character varying(256)</c> → <c>character varying</c>; <c>timestamp(3) with time zone</c> → <c>timestamp with time zone</c>.</summary>
    private static string BaseType(string? storeType) =>
        Modifier().Replace(storeType ?? throw new InvalidOperationException("A column without a store type."), string.Empty);

    [GeneratedRegex(@"\(\s*[0-9, ]+\s*\)")]
    private static partial Regex Modifier();
}
