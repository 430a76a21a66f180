using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Mentoring.Core.Data;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="MentoringDbContext"/> on the configured provider. The settings are read
    /// when first needed, not while services are registered, so that every configuration source
    /// (test hosts included) is in place; a setting that cannot work throws
    /// <see cref="InvalidSettingException"/> at the host's start-up step.
    /// </summary>
    public static IServiceCollection AddMentoringStorage(this IServiceCollection services)
    {
        services.AddSingleton(sp => StorageSettings.From(
            sp.GetRequiredService<IConfiguration>(),
            sp.GetRequiredService<IHostEnvironment>().ContentRootPath));
        services.AddSingleton(sp => CreateOptions(sp.GetRequiredService<StorageSettings>(), sp.GetRequiredService<ILoggerFactory>(), sp.GetServices<IInterceptor>()));
        // Contexts are pooled: every turn opens a scope with one, and building a context's
        // internals anew each time costs more than the turn's own work on a busy host.
        services.AddSingleton(sp => CreatePool(sp.GetRequiredService<StorageSettings>().Provider, sp.GetRequiredService<DbContextOptions>()));
        services.AddScoped(sp => sp.GetRequiredService<Func<MentoringDbContext>>()());
        services.AddScoped<DatabaseMigrator>();
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>The options every context is built with; <paramref name="interceptors"/> are the services' own (the outbox's signal).</summary>
    public static DbContextOptions CreateOptions(StorageSettings settings, ILoggerFactory? loggerFactory = null, IEnumerable<IInterceptor>? interceptors = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        DbContextOptionsBuilder builder = settings.Provider switch
        {
            StorageProvider.Sqlite => UseSqlite(new DbContextOptionsBuilder<SqliteMentoringDbContext>(), settings.ConnectionString),
            StorageProvider.PostgreSQL => UsePostgreSql(new DbContextOptionsBuilder<PostgreSqlMentoringDbContext>(), settings.ConnectionString),
            _ => UseSqlServer(new DbContextOptionsBuilder<SqlServerMentoringDbContext>(), settings.ConnectionString),
        };
        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        if (interceptors?.ToList() is { Count: > 0 } added)
        {
            builder.AddInterceptors(added);
        }

        return builder.Options;
    }

    private static Func<MentoringDbContext> CreatePool(StorageProvider provider, DbContextOptions options)
    {
        switch (provider)
        {
            case StorageProvider.Sqlite:
                var sqlite = new PooledDbContextFactory<SqliteMentoringDbContext>((DbContextOptions<SqliteMentoringDbContext>)options);
                return sqlite.CreateDbContext;
            case StorageProvider.PostgreSQL:
                var postgres = new PooledDbContextFactory<PostgreSqlMentoringDbContext>((DbContextOptions<PostgreSqlMentoringDbContext>)options);
                return postgres.CreateDbContext;
            default:
                var sqlServer = new PooledDbContextFactory<SqlServerMentoringDbContext>((DbContextOptions<SqlServerMentoringDbContext>)options);
                return sqlServer.CreateDbContext;
        }
    }

    public static MentoringDbContext CreateContext(StorageProvider provider, DbContextOptions options) => provider switch
    {
        StorageProvider.Sqlite => new SqliteMentoringDbContext((DbContextOptions<SqliteMentoringDbContext>)options),
        StorageProvider.PostgreSQL => new PostgreSqlMentoringDbContext((DbContextOptions<PostgreSqlMentoringDbContext>)options),
        _ => new SqlServerMentoringDbContext((DbContextOptions<SqlServerMentoringDbContext>)options),
    };

    public static DbContextOptionsBuilder UseSqlite(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString).AddInterceptors(SqlitePragmas.Instance);

    // Retries on transient failures (a fail-over, a dropped connection) for the server providers.
    public static DbContextOptionsBuilder UsePostgreSql(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(PostgreSqlConnections.Tune(connectionString), npgsql => npgsql.EnableRetryOnFailure());

    public static DbContextOptionsBuilder UseSqlServer(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlServer(connectionString, sql => sql.EnableRetryOnFailure());
}
