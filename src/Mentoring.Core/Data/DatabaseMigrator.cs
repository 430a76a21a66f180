using System.Data.Common;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Data;

/// <summary>
/// Brings the database to the model's schema, or checks that it is there. The one place
/// migrations run: at start for SQLite (or with <c>Storage:MigrateOnStart</c>), and as the
/// <c>migrate</c> command for the server providers, where an operator runs it once per release.
/// </summary>
public sealed class DatabaseMigrator(MentoringDbContext context, StorageSettings settings)
{
    /// <summary>Throws <see cref="InvalidSettingException"/> when the database cannot be reached.</summary>
    public async Task PrepareAsync(bool migrate, CancellationToken cancellationToken)
    {
        try
        {
            if (settings.Provider == StorageProvider.Sqlite)
            {
                CreateSqliteFolder();
            }

            // A plain open, without the execution strategy: an unreachable database is a setting
            // to fix, and the operator should hear so now, not after a minute of retries.
            if (!await CanOpenAsync(cancellationToken) && !migrate)
            {
                throw new InvalidSettingException(StorageSettings.ConnectionStringKey, $"names the {settings.Describe()}, which does not exist yet. Run the migrate command, which creates it.");
            }

            if (migrate)
            {
                // The execution strategy retries the whole migration on a transient failure.
                var strategy = context.Database.CreateExecutionStrategy();
                await strategy.ExecuteAsync(() => context.Database.MigrateAsync(cancellationToken));
                await TuneSqliteAsync(cancellationToken);
            }
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            throw new InvalidSettingException(
                StorageSettings.ConnectionStringKey,
                $"names the {settings.Describe()}, which cannot be reached ({Innermost(e).Message}). Start the database or fix the connection string.",
                e);
        }
    }

    /// <summary>
    /// True when the database opens; false when the server answers that the database does not
    /// exist (migrating creates it). Any other failure throws.
    /// </summary>
    private async Task<bool> CanOpenAsync(CancellationToken cancellationToken)
    {
        var connection = context.Database.GetDbConnection();
        try
        {
            await connection.OpenAsync(cancellationToken);
            await connection.CloseAsync();
            return true;
        }
        catch (Npgsql.PostgresException e) when (e.SqlState == "3D000")
        {
            return false;
        }
        catch (Microsoft.Data.SqlClient.SqlException e) when (e.Number == 4060)
        {
            return false;
        }
    }

    public async Task<IReadOnlyList<string>> PendingMigrationsAsync(CancellationToken cancellationToken) =>
        [.. await context.Database.GetPendingMigrationsAsync(cancellationToken)];

    private void CreateSqliteFolder()
    {
        var file = new SqliteConnectionStringBuilder(settings.ConnectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (file != ":memory:" && !string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }

    /// <summary>
    /// Write-ahead logging lets readers (the console, health checks) go on while a turn writes;
    /// it is a property of the file, so setting it once per start is enough.
    /// </summary>
    private async Task TuneSqliteAsync(CancellationToken cancellationToken)
    {
        if (settings.Provider == StorageProvider.Sqlite)
        {
            await context.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static bool IsUnreachable(Exception e) =>
        e is DbException or SocketException or TimeoutException or IOException or UnauthorizedAccessException
        || (e is InvalidOperationException && e.InnerException is not null && IsUnreachable(e.InnerException))
        || (e is Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException && e.InnerException is not null);

    private static Exception Innermost(Exception e) => e.InnerException is null ? e : Innermost(e.InnerException);
}
