using Mentoring.Conversations.Benchmarks;
using Mentoring.Web.Tests.Hosting;

// dotnet run -c Release --project bench/Mentoring.Conversations.Benchmarks -- [sqlite|postgresql] [--conversations 32] [--seconds 30] [--warmup 30] [--bare]
// PostgreSQL needs MENTORING_TEST_POSTGRES (a server to create a throwaway database on); `bash .ci/run
// --postgres-only "dotnet run …"` starts one.
var storages = args.Where(a => a is "sqlite" or "postgresql").DefaultIfEmpty("sqlite").ToList();
var conversations = Option("--conversations", 32);
var seconds = Option("--seconds", 30);
// On two busy cores the host's JIT takes about half a minute to reach its optimized code: what
// comes before measures the JIT, not a turn.
var warmup = Option("--warmup", 30);

// A mentee's request walked from the first message to "we are looking" (language, role, consent,
// eleven questions, summary): the consent makes the person, the last turn stores the profile.
string[] answers = ["hello", "English", "1", "yes", "no", "Amal", "1", "1", "2 10", "2", "1", "nurse", "1", "mon tue evening", "Nord", "yes", "yes"];

Console.WriteLine($"{conversations} conversations, {seconds} s each after a {warmup} s warm-up, {answers.Length} turns per walk, {Environment.ProcessorCount} cores");
Console.WriteLine("| storage | conversations | turns | turns/s | p50 ms | p99 ms | max ms | host CPU ms/turn | PostgreSQL CPU ms/turn | machine CPU ms/turn | stolen |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var storage in storages)
{
    var settings = BenchStorage.Settings(storage);
    await using var sink = await ReplySink.StartAsync();
    settings["Storage__MigrateOnStart"] = "true";
    settings["Logging__LogLevel__Default"] = "Warning";
    settings["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
    var host = HostProcess.Start(settings);
    await using (host)
    {
        var address = await ListeningAsync(host);
        using var client = new HttpClient { BaseAddress = address };
        var load = new TurnLoad(client, sink, answers);
        await load.RunAsync(conversations, TimeSpan.FromSeconds(warmup), "warmup");
        var before = CpuTimes.Read(host.ProcessId);
        var result = await load.RunAsync(conversations, TimeSpan.FromSeconds(seconds), "run");
        result = Measured(result, before, host.ProcessId, seconds);
        Console.WriteLine(result.Row(storage, conversations));
        if (args.Contains("--bare"))
        {
            var beforeBare = CpuTimes.Read(host.ProcessId);
            var bare = Measured(await TurnLoad.BareAsync(client, conversations, TimeSpan.FromSeconds(seconds)), beforeBare, host.ProcessId, seconds);
            Console.WriteLine(bare.Row("GET /health (no turn)", conversations));
        }
    }

    BenchStorage.Clean(settings);
}

// A host that cannot start says why on its error stream: show it instead of a bare timeout.
static async Task<Uri> ListeningAsync(HostProcess host)
{
    try
    {
        return await host.ListeningAsync(TimeSpan.FromMinutes(2));
    }
    catch (TimeoutException)
    {
        Console.Error.WriteLine(host.Errors);
        throw;
    }
}

// The CPU the measured turns took, where /proc tells it.
static LoadResult Measured(LoadResult result, CpuTimes? before, int hostProcessId, int seconds) =>
    before is not null && CpuTimes.Read(hostProcessId) is { } after && result.Turns > 0
        ? result with { Cpu = after.Since(before).PerTurn(result.Turns, TimeSpan.FromSeconds(seconds)) }
        : result;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}
