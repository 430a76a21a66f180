using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Mentoring.Web.Tests;

/// <summary>
/// The whole host in memory, on a SQLite file of its own unless told otherwise, exactly as
/// <c>dotnet run</c> composes it.
/// </summary>
public sealed class MentoringWebFactory : WebApplicationFactory<Program>
{
    private readonly string file = Path.Combine(Path.GetTempPath(), $"mentoring-web-{Guid.NewGuid():N}.db");
    private readonly Dictionary<string, string?> settings = [];

    public MentoringWebFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    public string SqliteFile => file;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Mentoring", $"Data Source={file}");
        builder.UseSetting("Jobs:WorkerCount", "1");
        builder.UseSetting("BotFramework:AllowUnauthenticated", "true");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
