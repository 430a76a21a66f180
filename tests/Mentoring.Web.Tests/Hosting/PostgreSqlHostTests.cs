using System.Net;
using Mentoring.Core.Tests.Data;

namespace Mentoring.Web.Tests.Hosting;

/// <summary>The host on PostgreSQL: not migrated at start unless asked, and not ready until migrated.</summary>
public sealed class PostgreSqlHostTests
{
    [Fact]
    public async Task Ready_IsUnavailable_UntilTheMigrateStepRan()
    {
        await using var database = new PostgreSqlTestDatabase();
        var connectionString = await database.CreateEmptyAsync();
        await using var factory = OnPostgreSql(connectionString);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
    }

    [Fact]
    public async Task Ready_IsHealthy_WhenMigrateOnStartIsSet()
    {
        await using var database = new PostgreSqlTestDatabase();
        var connectionString = await database.CreateEmptyAsync();
        await using var factory = OnPostgreSql(connectionString).With("Storage:MigrateOnStart", "true");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var landing = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("PostgreSQL database mentoring_test_", landing, StringComparison.Ordinal);
        Assert.Contains("shared by every host", landing, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MigrateOnStart_CreatesTheDatabase_WhenItDoesNotExistYet()
    {
        await using var database = new PostgreSqlTestDatabase();
        await using var factory = OnPostgreSql(database.Reserve()).With("Storage:MigrateOnStart", "true");
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Start_SaysToMigrate_WhenTheDatabaseDoesNotExistYet()
    {
        await using var database = new PostgreSqlTestDatabase();
        await using var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Mentoring"] = database.Reserve(),
        });

        Assert.Equal(2, await host.ExitCodeAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("which does not exist yet. Run the migrate command", host.Errors, StringComparison.Ordinal);
    }

    private static MentoringWebFactory OnPostgreSql(string connectionString) =>
        new MentoringWebFactory().With("Storage:Provider", "PostgreSQL").With("ConnectionStrings:Mentoring", connectionString);
}
