using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Mentoring.Web.Endpoints;

public static class HealthApi
{
    /// <summary>
    /// <c>/health</c>: the process answers (for a liveness probe: restart me if not).
    /// <c>/health/ready</c>: the database answers with the expected schema (send me traffic).
    /// </summary>
    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") });
        return endpoints;
    }
}
