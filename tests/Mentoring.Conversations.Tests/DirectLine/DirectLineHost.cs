using Mentoring.Conversations.Bot;
using Mentoring.Conversations.DirectLine;
using Mentoring.Conversations.Pipeline;
using Mentoring.Conversations.Tests.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Mentoring.Conversations.Tests.DirectLine;

/// <summary>
/// The Direct Line channel on loopback as a host wires it: CORS for one programme's site, the echo
/// bot, turns and transcript in memory, and a fake clock so tokens can be made to expire.
/// </summary>
public sealed class DirectLineHost : IAsyncDisposable
{
    public const string Secret = "programme-backend-secret";
    public const string Origin = "https://programme.example";

    private readonly LoopbackHost host;

    private DirectLineHost(LoopbackHost host, EchoBot bot, FakeTimeProvider time)
    {
        this.host = host;
        Bot = bot;
        Time = time;
        Client = new DirectLineClient(new HttpClient { BaseAddress = host.Address });
    }

    public EchoBot Bot { get; }

    public FakeTimeProvider Time { get; }

    public DirectLineClient Client { get; }

    public MemoryDirectLineTranscript Transcript => host.Services.GetRequiredService<MemoryDirectLineTranscript>();

    public DirectLineTokens Tokens => host.Services.GetRequiredService<DirectLineTokens>();

    /// <summary>Starts the channel; <paramref name="settings"/> replace the defaults of the same key.</summary>
    public static async Task<DirectLineHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["DirectLine:Secret"] = Secret,
            ["DirectLine:AllowedOrigins:0"] = Origin,
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var bot = new EchoBot();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var host = await LoopbackHost.StartAsync(
            services =>
            {
                services.AddSingleton<TimeProvider>(time);
                services.AddDirectLine(configuration);
                services.AddSingleton<MemoryDirectLineTranscript>();
                services.AddSingleton<IDirectLineTranscript>(sp => sp.GetRequiredService<MemoryDirectLineTranscript>());
                services.AddSingleton<IBot>(bot);
                services.AddSingleton<MemoryTurnStore>();
                services.AddSingleton<ITurnStore>(sp => sp.GetRequiredService<MemoryTurnStore>());
                services.AddProblemDetails();
            },
            app =>
            {
                app.UseCors();
                app.MapDirectLine();
            });
        return new DirectLineHost(host, bot, time);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await host.DisposeAsync();
    }
}
