using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.InMemory;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.SqlServer;
using Mentoring.Core.Data;
using Mentoring.Core.Jobs;
using Mentoring.Core.Programme;
using Microsoft.Extensions.Options;

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
        // The storage and the job activator are this host's own services. Hangfire's defaults are
        // process-wide statics (JobStorage.Current, JobActivator.Current): with two hosts in one
        // process, as in the tests, one would run jobs in the other's storage and scope.
        services.AddSingleton(sp => CreateStorage(sp.GetRequiredService<StorageSettings>()));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, hangfire) => hangfire
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings()
            .UseLogProvider(new HostBoundLogProvider(sp.GetRequiredService<ILoggerFactory>())));
        services.AddHangfireServer((sp, server) =>
        {
            var configured = sp.GetRequiredService<IConfiguration>().GetValue<int?>(WorkerCountKey);
            server.WorkerCount = configured is > 0 ? configured.Value : Math.Max(2, Environment.ProcessorCount);
        });
        return services;
    }

    private static JobStorage CreateStorage(StorageSettings settings) => settings.Provider switch
    {
        StorageProvider.PostgreSQL => new PostgreSqlStorage(new NpgsqlConnectionFactory(settings.ConnectionString, new PostgreSqlStorageOptions()), new PostgreSqlStorageOptions()),
        StorageProvider.SqlServer => new SqlServerStorage(settings.ConnectionString),
        _ => new InMemoryStorage(new InMemoryStorageOptions()),
    };

    /// <summary>
    /// Registers the recurring jobs under fixed ids (re-registering updates them, so every host
    /// may do it at start). Each job re-reads the database, so a missed tick loses nothing.
    /// </summary>
    public static void ScheduleRecurringJobs(IServiceProvider services)
    {
        var jobs = services.GetRequiredService<IRecurringJobManager>();
        var matching = services.GetRequiredService<IOptions<MatchingOptions>>().Value;
        jobs.AddOrUpdate<MatchingRoundJob>(MatchingRoundJob.Id, job => job.RunAsync(CancellationToken.None), matching.Schedule);
        jobs.AddOrUpdate<ProposalExpiryJob>(ProposalExpiryJob.Id, job => job.RunAsync(CancellationToken.None), ProposalExpiryJob.Schedule);
        jobs.AddOrUpdate<OutboxSweepJob>(OutboxSweepJob.Id, job => job.RunAsync(CancellationToken.None), OutboxSweepJob.Schedule);
        jobs.AddOrUpdate<CheckInJob>(CheckInJob.Id, job => job.RunAsync(CancellationToken.None), CheckInJob.Schedule);
        jobs.AddOrUpdate<RetentionPurgeJob>(RetentionPurgeJob.Id, job => job.RunAsync(CancellationToken.None), RetentionPurgeJob.Schedule);
    }

    /// <summary>A description for the landing page.</summary>
    public static string Describe(StorageSettings settings) => settings.Provider switch
    {
        StorageProvider.Sqlite => "Hangfire, in memory, in this process",
        _ => $"Hangfire, stored in the {settings.Provider} database, shared by every host",
    };
}
