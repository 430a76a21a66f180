using Mentoring.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Mentoring.Web.Tests;

/// <summary>
/// The whole host in memory, on a SQLite file of its own unless told otherwise, exactly as
/// <c>dotnet run</c> composes it.
/// </summary>
public sealed class MentoringWebFactory : WebApplicationFactory<Program>
{
    private string file = Path.Combine(Path.GetTempPath(), $"mentoring-web-{Guid.NewGuid():N}.db");
    private bool ownsFile = true;
    private readonly Dictionary<string, string?> settings = [];
    private readonly List<Action<IServiceCollection>> services = [];

    public MentoringWebFactory With(string key, string? value)
    {
        settings[key] = value;
        return this;
    }

    /// <summary>Replaces what only a test can supply, such as a client that reaches a fake on loopback.</summary>
    public MentoringWebFactory WithServices(Action<IServiceCollection> configure)
    {
        services.Add(configure);
        return this;
    }

    public string SqliteFile => file;

    /// <summary>
    /// Runs on <paramref name="other"/>'s database, as a second instance of the service or the
    /// same one after a restart; <paramref name="other"/> keeps the file and deletes it.
    /// </summary>
    public MentoringWebFactory SharingDatabaseWith(MentoringWebFactory other)
    {
        ArgumentNullException.ThrowIfNull(other);
        file = other.file;
        ownsFile = false;
        return this;
    }

    /// <summary>A new unit of work on the host's own database, to see what a request left behind.</summary>
    public async Task<T> QueryAsync<T>(Func<MentoringDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MentoringDbContext>());
    }

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

        builder.ConfigureTestServices(collection => services.ForEach(configure => configure(collection)));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (!ownsFile)
        {
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm" })
        {
            File.Delete(path);
        }
    }
}
