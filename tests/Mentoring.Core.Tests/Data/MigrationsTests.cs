using Mentoring.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Tests.Data;

/// <summary>Each provider's migrations describe today's model: a model change without a migration fails here.</summary>
public sealed class MigrationsTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite, "Data Source=unused.db")]
    [InlineData(StorageProvider.PostgreSQL, "Host=localhost;Database=unused")]
    [InlineData(StorageProvider.SqlServer, "Server=localhost;Database=unused")]
    public void Migrations_MatchTheModel_ForEveryProvider(StorageProvider provider, string connectionString)
    {
        var options = StorageServiceCollectionExtensions.CreateOptions(new StorageSettings(provider, connectionString, false));
        using var context = StorageServiceCollectionExtensions.CreateContext(provider, options);

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges());
    }

    [Fact]
    public void Migrations_AreKeptApart_PerProvider()
    {
        static string Namespace(StorageProvider provider, string cs)
        {
            using var context = StorageServiceCollectionExtensions.CreateContext(provider, StorageServiceCollectionExtensions.CreateOptions(new StorageSettings(provider, cs, false)));
            return context.Database.GetMigrations().First();
        }

        // Same migration name, three separate histories: one per provider context.
        Assert.EndsWith("_Initial", Namespace(StorageProvider.Sqlite, "Data Source=x.db"), StringComparison.Ordinal);
        Assert.EndsWith("_Initial", Namespace(StorageProvider.SqlServer, "Server=x"), StringComparison.Ordinal);
    }
}
