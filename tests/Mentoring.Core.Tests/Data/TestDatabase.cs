using Mentoring.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Core.Tests.Data;

/// <summary>
/// A throwaway, migrated database for one test class. The same persistence tests run on every
/// provider through this seam, so provider differences show up as failures, not surprises.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    private DbContextOptions? options;

    public abstract StorageProvider Provider { get; }

    protected abstract string? ConnectionString { get; }

    /// <summary>A new context (a new unit of work) on the migrated database.</summary>
    public async Task<MentoringDbContext> NewContextAsync()
    {
        options ??= await CreateAsync();
        return StorageServiceCollectionExtensions.CreateContext(Provider, options);
    }

    /// <summary>The database created but not migrated: what a new release meets before its migrate step.</summary>
    public async Task<string> CreateEmptyAsync()
    {
        await PrepareServerAsync();
        return Settings.ConnectionString;
    }

    public StorageSettings Settings => new(Provider, ConnectionString ?? throw new InvalidOperationException("No database."), MigrateOnStart: false);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected abstract Task PrepareServerAsync();

    private async Task<DbContextOptions> CreateAsync()
    {
        await PrepareServerAsync();
        var created = StorageServiceCollectionExtensions.CreateOptions(Settings);
        await using var context = StorageServiceCollectionExtensions.CreateContext(Provider, created);
        await context.Database.MigrateAsync();
        return created;
    }
}
