using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Mentoring.Conversations.Benchmarks;

/// <summary>The real service in a process of its own, as it runs in production, on the given storage.</summary>
public sealed partial class HostUnderTest : IAsyncDisposable
{
    private readonly Process process;
    private readonly TaskCompletionSource<Uri> listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private HostUnderTest(IReadOnlyDictionary<string, string> settings)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Mentoring.Web.dll"));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["BotFramework__AllowUnauthenticated"] = "true";
        start.Environment["Storage__MigrateOnStart"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Watch(e.Data);
        process.ErrorDataReceived += (_, e) => Watch(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public static async Task<(HostUnderTest Host, Uri Address)> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var host = new HostUnderTest(settings);
        var address = await host.listening.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return (host, address);
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Watch(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (Listening().Match(line) is { Success: true } match)
        {
            listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
        else if (line.Contains("fail", StringComparison.OrdinalIgnoreCase) || line.Contains("cannot start", StringComparison.Ordinal))
        {
            Console.Error.WriteLine("host: " + line);
        }
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex Listening();
}
