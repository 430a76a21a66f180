using System.Data.Common;
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

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
