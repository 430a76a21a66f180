using System.Net;

namespace Mentoring.Web.Tests.Endpoints;

public sealed class LandingPageTests
{
    [Fact]
    public async Task Root_SaysWhatRunsAndWhere()
    {
        await using var factory = new MentoringWebFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Mentoring is running", html, StringComparison.Ordinal);
        Assert.Contains($"SQLite file {factory.SqliteFile}", html, StringComparison.Ordinal);
        Assert.Contains("Hangfire, in memory", html, StringComparison.Ordinal);
        Assert.Contains("/health/ready", html, StringComparison.Ordinal);
    }
}
