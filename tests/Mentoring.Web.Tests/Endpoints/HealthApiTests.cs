using System.Net;

namespace Mentoring.Web.Tests.Endpoints;

public sealed class HealthApiTests
{
    [Fact]
    public async Task Health_AnswersHealthy_WhenTheProcessRuns()
    {
        await using var factory = new MentoringWebFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_AnswersHealthy_WhenSqliteWasMigratedAtStart()
    {
        await using var factory = new MentoringWebFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(factory.SqliteFile));
    }

    [Fact]
    public async Task UnknownRoute_AnswersProblemDetails()
    {
        await using var factory = new MentoringWebFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/no/such/page", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
