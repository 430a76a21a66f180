using System.Net;
using Mentoring.Core.Data;
using Mentoring.Web.Hosting;

namespace Mentoring.Web.Endpoints;

/// <summary>The root page: what runs and where, for the person who just started the service.</summary>
public static class LandingPage
{
    public static IEndpointRouteBuilder MapLandingPage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (StorageSettings storage, IWebHostEnvironment environment) =>
            TypedResults.Content(Render(storage, environment), "text/html; charset=utf-8"));
        return endpoints;
    }

    private static string Render(StorageSettings storage, IWebHostEnvironment environment)
    {
        static string E(string text) => WebUtility.HtmlEncode(text);
        return $$"""
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Mentoring</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}dt{font-weight:600}</style></head>
            <body>
            <h1>Mentoring is running</h1>
            <p>Volunteer mentors and migrants entering the labour market, matched and supported through chat.</p>
            <dl>
            <dt>Environment</dt><dd>{{E(environment.EnvironmentName)}}</dd>
            <dt>Data</dt><dd>{{E(storage.Describe())}}</dd>
            <dt>Scheduled jobs</dt><dd>{{E(Jobs.Describe(storage))}}</dd>
            <dt>Health</dt><dd><a href="/health">/health</a> (alive) · <a href="/health/ready">/health/ready</a> (database ready)</dd>
            </dl>
            </body>
            </html>
            """;
    }
}
