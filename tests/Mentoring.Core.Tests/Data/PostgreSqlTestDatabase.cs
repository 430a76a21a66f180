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
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }

        await base.DisposeAsync();
    }

    protected override async Task PrepareServerAsync()
    {
        SkipUnlessConfigured();
        await ExecuteOnServerAsync($"CREATE DATABASE \"{name}\"");
        created = true;
    }

    private static async Task ExecuteOnServerAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
