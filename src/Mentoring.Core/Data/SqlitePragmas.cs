using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Mentoring.Core.Data;

/// <summary>
/// Per connection, what SQLite as a server's database wants on top of write-ahead logging (set once
/// in the file when migrating): <c>synchronous=NORMAL</c>, which in WAL mode still survives a crash
/// of the process (only a power cut can lose the last commits) and spares an fsync per commit; and
/// a busy timeout in SQLite itself, so concurrent turns queue for the writer instead of failing.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    public static SqlitePragmas Instance { get; } = new();

    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;";

    // EF opens a connection for every query, but the pool hands out the same few native handles,
    // and a pragma stays set on its handle: set them once per handle, not per open.
    private readonly ConditionalWeakTable<object, object> tuned = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (FirstOpen(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (FirstOpen(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private bool FirstOpen(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || tuned.TryAdd(handle, handle);
}
