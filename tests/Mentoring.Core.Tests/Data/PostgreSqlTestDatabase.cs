using Mentoring.Core.Data;
using Npgsql;

namespace Mentoring.Core.Tests.Data;

/// <summary>
/// A fresh database on the PostgreSQL server named by <c>MENTORING_TEST_POSTGRES</c>, dropped
/// afterwards. Without that variable the tests that use it are skipped, saying why; CI sets
/// <c>MENTORING_REQUIRE_POSTGRES=1</c> so that a missing server fails instead of skipping.
/// </summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    public const string Variable = "MENTORING_TEST_POSTGRES";
    public const string RequireVariable = "MENTORING_REQUIRE_POSTGRES";

    private static readonly string? Server = Environment.GetEnvironmentVariable(Variable);
    private readonly string name = $"mentoring_test_{Guid.NewGuid():N}";
    private bool created;

    public override StorageProvider Provider => StorageProvider.PostgreSQL;

    protected override string? ConnectionString =>
        Server is null ? null : new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;

    /// <summary>Skips the calling test when no server is configured (fails in CI, where one must be).</summary>
    public static void SkipUnlessConfigured()
    {
        if (Server is not null)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
        {
            Assert.Fail($"{RequireVariable}=1 but {Variable} is not set.");
        }

        Assert.Skip($"PostgreSQL tests need {Variable}, a connection string to a server where the user may create databases.");
    }

    /// <summary>A database name nobody has created yet, dropped afterwards if something created it.</summary>
    public string Reserve()
    {
        SkipUnlessConfigured();
        created = true;
        return Settings.ConnectionString;
    }

    public override async ValueTask DisposeAsync()
    {
        if (created)
        {
            NpgsqlConnection.ClearAllPools();
            await DropAsync();
        }

        await base.DisposeAsync();
    }

    protected override async Task PrepareServerAsync()
    {
        SkipUnlessConfigured();
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        created = true;
    }

    /// <summary>
    /// FORCE ends the database's sessions, but not an autovacuum worker that a busy test just woke
    /// (it runs as another role: 42501); such a worker is done in a moment, so try again.
    /// </summary>
    private async Task DropAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
                return;
            }
            catch (PostgresException e) when (e.SqlState is "42501" or "55006" && attempt < 20)
            {
                await Task.Delay(250);
            }
        }
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
