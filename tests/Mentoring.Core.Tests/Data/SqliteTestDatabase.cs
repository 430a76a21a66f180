using Mentoring.Core.Data;
using Microsoft.Data.Sqlite;

namespace Mentoring.Core.Tests.Data;

/// <summary>A SQLite file in the temp folder, deleted afterwards: the embedded default, for real.</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"mentoring-test-{Guid.NewGuid():N}.db");

    public override StorageProvider Provider => StorageProvider.Sqlite;

    protected override string ConnectionString => $"Data Source={file}";

    public override ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }

        return base.DisposeAsync();
    }

    protected override Task PrepareServerAsync() => Task.CompletedTask;
}
