using Npgsql;

namespace Mentoring.Conversations.Benchmarks;

/// <summary>A fresh database per run: a SQLite file in the temp folder, or a new PostgreSQL database.</summary>
public static class BenchStorage
{
    public static Dictionary<string, string> Settings(string storage)
    {
        if (storage == "sqlite")
        {
            var file = Path.Combine(Path.GetTempPath(), $"mentoring-bench-{Guid.NewGuid():N}.db");
            return new() { ["Storage__Provider"] = "Sqlite", ["ConnectionStrings__Mentoring"] = $"Data Source={file}" };
        }

        var server = Environment.GetEnvironmentVariable("MENTORING_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set MENTORING_TEST_POSTGRES to a PostgreSQL connection string.");
        var database = new NpgsqlConnectionStringBuilder(server) { Database = $"mentoring_bench_{Guid.NewGuid():N}" };
        return new() { ["Storage__Provider"] = "PostgreSQL", ["ConnectionStrings__Mentoring"] = database.ConnectionString };
    }

    public static void Clean(Dictionary<string, string> settings)
    {
        if (settings["Storage__Provider"] == "Sqlite")
        {
            var file = settings["ConnectionStrings__Mentoring"]["Data Source=".Length..];
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
