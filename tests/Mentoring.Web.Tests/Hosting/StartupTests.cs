using System.Net;
using Mentoring.Core.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Mentoring.Web.Tests.Hosting;

/// <summary>Starting the real process: the newcomer's first minute, and an operator's bad settings.</summary>
public sealed class StartupTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);
    private readonly string file = Path.Combine(Path.GetTempPath(), $"mentoring-start-{Guid.NewGuid():N}", "mentoring.db");

    [Fact]
    public async Task Start_IsReady_OnAFreshSqliteFile_WithNoOtherSettings()
    {
        await using var host = HostProcess.Start(Sqlite());

        var address = await host.ListeningAsync(Limit);
        using var client = new HttpClient { BaseAddress = address };
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(file), "the SQLite file and its folder are created at start");
    }

    [Fact]
    public async Task Migrate_CreatesTheSchemaAndExits()
    {
        await using var host = HostProcess.Start(Sqlite(), "migrate");

        Assert.Equal(0, await host.ExitCodeAsync(Limit));
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsHistory\"";
        Assert.Equal((long)SqliteMigrations().Count(), await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Migrate_Runs_WhenTheBotHasNoAppIdOutsideDevelopment()
    {
        // A release step that only migrates has no channel to secure.
        var environment = Sqlite();
        environment["BotFramework__AllowUnauthenticated"] = "false";
        await using var host = HostProcess.Start(environment, "migrate");

        Assert.Equal(0, await host.ExitCodeAsync(Limit));
    }

    [Theory]
    [InlineData("Storage__Provider", "Oracle", "Storage:Provider 'Oracle' is not a storage provider")]
    [InlineData("ConnectionStrings__Mentoring", "Data Source=x.db;Frobnicate=yes", "ConnectionStrings:Mentoring is not a valid Sqlite connection string")]
    [InlineData("Programme__TimeZone", "Mars/Olympus_Mons", "Programme:TimeZone 'Mars/Olympus_Mons' is not a known IANA time zone")]
    [InlineData("Storage__MigrateOnStart", "sometimes", "Storage:MigrateOnStart is 'sometimes'; use true or false.")]
    public async Task Start_StopsWithOneClearLine_WhenASettingIsWrong(string key, string value, string expected)
    {
        var environment = Sqlite();
        environment[key] = value;
        await using var host = HostProcess.Start(environment);

        Assert.Equal(2, await host.ExitCodeAsync(Limit));
        AssertOneLine(host.Errors, expected);
    }

    [Fact]
    public async Task Start_StopsWithOneClearLine_WhenTheBotHasNoAppIdOutsideDevelopment()
    {
        var environment = Sqlite();
        environment["BotFramework__AllowUnauthenticated"] = "false";
        await using var host = HostProcess.Start(environment);

        Assert.Equal(2, await host.ExitCodeAsync(Limit));
        AssertOneLine(host.Errors, "MicrosoftAppId is not set, so /api/messages would accept unauthenticated requests in the Production environment.");
    }

    [Theory]
    [InlineData("Twilio__AccountSid", "Twilio:AccountSid is not set, but other Twilio settings are.")]
    [InlineData("Twilio__AuthToken", "Twilio:AuthToken is not set: without it no webhook from Twilio can be verified")]
    [InlineData("Twilio__SmsFrom", "Twilio:SmsFrom and Twilio:WhatsAppFrom and Twilio:MessagingServiceSid are all unset")]
    [InlineData("PublicBaseUrl", "PublicBaseUrl is not set. Twilio signs the public address it calls")]
    public async Task Start_StopsWithOneClearLine_WhenTwilioIsHalfSetUp(string missing, string expected)
    {
        var environment = Sqlite();
        environment["Twilio__AccountSid"] = "AC0123456789abcdef0123456789abcdef";
        environment["Twilio__AuthToken"] = "token";
        environment["Twilio__SmsFrom"] = "+4930123456";
        environment["PublicBaseUrl"] = "https://mentoring.example.org";
        environment.Remove(missing);

        await using var host = HostProcess.Start(environment);

        Assert.Equal(2, await host.ExitCodeAsync(Limit));
        AssertOneLine(host.Errors, expected);
    }

    [Fact]
    public async Task Start_StopsWithOneClearLine_WhenTheDatabaseCannotBeReached()
    {
        await using var host = HostProcess.Start(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "PostgreSQL",
            ["ConnectionStrings__Mentoring"] = "Host=127.0.0.1;Port=1;Database=mentoring;Username=m;Password=p;Timeout=3",
        });

        Assert.Equal(2, await host.ExitCodeAsync(Limit));
        AssertOneLine(host.Errors, "ConnectionStrings:Mentoring names the PostgreSQL database mentoring on 127.0.0.1:1, which cannot be reached");
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        var folder = Path.GetDirectoryName(file)!;
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertOneLine(string errors, string expected)
    {
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Mentoring cannot start.", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    private static IEnumerable<string> SqliteMigrations()
    {
        var settings = new StorageSettings(StorageProvider.Sqlite, "Data Source=unused.db", false);
        using var context = StorageServiceCollectionExtensions.CreateContext(settings.Provider, StorageServiceCollectionExtensions.CreateOptions(settings));
        return [.. context.Database.GetMigrations()];
    }

    private Dictionary<string, string> Sqlite() => new() { ["ConnectionStrings__Mentoring"] = $"Data Source={file}" };
}
