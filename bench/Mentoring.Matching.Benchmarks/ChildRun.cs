using System.Diagnostics;
using System.Globalization;

namespace Mentoring.Matching.Benchmarks;

/// <summary>What the table learned from one child: its result, or why there is none.</summary>
/// <param name="OtherCores">The average number of cores the rest of the machine kept busy meanwhile.</param>
internal sealed record Outcome(Size Size, Algorithm Algorithm, BenchResult? Result, string? Failure, double OtherCores);

/// <summary>
/// Runs one measurement in a child process (this same program with <c>--size</c>), so every
/// peak memory figure belongs to one round only. The child is watched: past the time or memory
/// limit it is stopped, and the row says "not feasible" with what was measured.
/// </summary>
internal static class ChildRun
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(250);

    public static async Task<Outcome> MeasureAsync(BenchArguments arguments, Size size, Algorithm algorithm)
    {
        var start = SelfStart();
        foreach (var argument in arguments.ChildArguments(size, algorithm))
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var child = new Process { StartInfo = start };

        // The child prints its result line once after the round and again with the phase split:
        // the last one wins, and a child stopped during the split still leaves its round result.
        string? resultLine = null;
        var errors = new Queue<string>();
        child.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith(BenchResult.Prefix, StringComparison.Ordinal) == true)
            {
                resultLine = e.Data;
            }
        };
        child.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            Console.Error.WriteLine("  " + e.Data);
            lock (errors)
            {
                errors.Enqueue(e.Data);
                if (errors.Count > 5)
                {
                    errors.Dequeue();
                }
            }
        };

        var clock = Stopwatch.StartNew();
        var cpu = new CpuMeter();
        child.Start();
        child.BeginOutputReadLine();
        child.BeginErrorReadLine();
        var (stopped, highestRss) = await WatchAsync(child, arguments, clock, cpu);
        await child.WaitForExitAsync();
        child.WaitForExit(); // and the output handlers have seen the last line

        var result = resultLine is null ? null : BenchResult.Parse(resultLine);
        var others = cpu.OtherCores(result?.CpuSeconds ?? double.NaN);
        if (stopped is not null)
        {
            return result is null
                ? new Outcome(size, algorithm, null, FormattableString.Invariant($"not feasible: {stopped} (resident memory reached {highestRss / (double)(1L << 30):0.0} GB)"), others)
                : new Outcome(size, algorithm, result, "phase split not measured: " + stopped, others);
        }

        return result is not null
            ? new Outcome(size, algorithm, result, null, others)
            : new Outcome(size, algorithm, null, string.Create(CultureInfo.InvariantCulture, $"failed with exit code {child.ExitCode}: {string.Join(" / ", errors)}"), others);
    }

    /// <summary>Polls the child until it exits; stops it past a limit and says which.</summary>
    private static async Task<(string? Stopped, long HighestRss)> WatchAsync(Process child, BenchArguments arguments, Stopwatch clock, CpuMeter cpu)
    {
        var highest = 0L;
        while (!child.HasExited)
        {
            try
            {
                child.Refresh();
                highest = Math.Max(highest, child.WorkingSet64);
                cpu.Sample(child);
            }
            catch (InvalidOperationException)
            {
                break; // exited between the check and the read
            }

            string? stopped = null;
            if (highest > arguments.MemoryLimitBytes)
            {
                stopped = FormattableString.Invariant($"passed the {arguments.MemoryLimitBytes / (double)(1L << 30):0.0} GB memory limit after {clock.Elapsed.TotalSeconds:0} s");
            }
            else if (clock.Elapsed > arguments.Timeout)
            {
                stopped = FormattableString.Invariant($"still running after the {arguments.Timeout.TotalMinutes:0}-minute limit");
            }

            if (stopped is not null)
            {
                child.Kill(entireProcessTree: true);
                return (stopped, highest);
            }

            await Task.Delay(PollEvery);
        }

        return (null, highest);
    }

    /// <summary>This program again: its app host, or <c>dotnet</c> with its dll when started that way.</summary>
    private static ProcessStartInfo SelfStart()
    {
        var path = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark cannot find its own executable.");
        var start = new ProcessStartInfo(path) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(path).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(Environment.GetCommandLineArgs()[0]);
        }

        return start;
    }
}
