using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Mentoring.Core.Data;

/// <summary>Ready means the database answers and its schema is the one this build expects.</summary>
internal sealed class DatabaseReadyCheck(DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var pending = await migrator.PendingMigrationsAsync(cancellationToken);
            return pending.Count == 0
                ? HealthCheckResult.Healthy("The database is reachable and its schema is current.")
                : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) pending; run the migrate command.");
        }
#pragma warning disable CA1031 // a health check reports every failure instead of throwing
        catch (Exception e)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached.", e);
        }
    }
}
