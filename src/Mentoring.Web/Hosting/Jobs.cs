using Hangfire;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Mentoring.Core.Data;

namespace Mentoring.Web.Hosting;

/// <summary>
/// Hangfire runs the scheduled work in this process. Its storage follows the database: in-memory
/// beside SQLite (one process; losing it loses a timer tick and nothing else, because every job
/// re-reads the database), and the database itself for PostgreSQL and SQL Server, so several hosts
/// share the work.
/// </summary>
public static class Jobs
{
    public const string WorkerCountKey = "Jobs:WorkerCount";

    public static IServiceCollection AddMentoringJobs(this IServiceCollection services)
    {
        services.AddHangfire((sp, hangfire) =>
        {
            var settings = sp.GetRequiredService<StorageSettings>();
            hangfire.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            switch (settings.Provider)
            {
                case StorageProvider.PostgreSQL:
                    hangfire.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(settings.ConnectionString));
                    break;
                case StorageProvider.SqlServer:
                    hangfire.UseSqlServerStorage(settings.ConnectionString);
                    break;
                default:
                    hangfire.UseInMemoryStorage(new InMemoryStorageOptions());
                    break;
            }
        });
        services.AddHangfireServer((sp, server) =>
        {
            var configured = sp.GetRequiredService<IConfiguration>().GetValue<int?>(WorkerCountKey);
            server.WorkerCount = configured is > 0 ? configured.Value : Math.Max(2, Environment.ProcessorCount);
        });
        return services;
    }

    /// <summary>A description for the landing page.</summary>
    public static string Describe(StorageSettings settings) => settings.Provider switch
    {
        StorageProvider.Sqlite => "Hangfire, in memory, in this process",
        _ => $"Hangfire, stored in the {settings.Provider} database, shared by every host",
    };
}
