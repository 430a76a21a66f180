using Mentoring.Core.Data;

namespace Mentoring.Core.Tests.Data;

public sealed class CompiledPerModelTests
{
    [Fact]
    public void For_CompilesOncePerKindOfContext_SoEachProviderHasItsOwnQuery()
    {
        var compiled = 0;
        var queries = new CompiledPerModel<object>(() => new { Number = ++compiled });
        using var sqlite = Context(StorageProvider.Sqlite, "Data Source=:memory:");
        using var otherSqlite = Context(StorageProvider.Sqlite, "Data Source=:memory:");
        using var postgres = Context(StorageProvider.PostgreSQL, "Host=127.0.0.1;Database=unused");

        var first = queries.For(sqlite);

        Assert.Same(first, queries.For(otherSqlite));
        Assert.NotSame(first, queries.For(postgres));
        Assert.Equal(2, compiled);
    }

    private static MentoringDbContext Context(StorageProvider provider, string connectionString) =>
        StorageServiceCollectionExtensions.CreateContext(provider, StorageServiceCollectionExtensions.CreateOptions(new StorageSettings(provider, connectionString, false)));
}
