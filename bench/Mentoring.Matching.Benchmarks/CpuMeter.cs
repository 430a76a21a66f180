using System.Diagnostics;
using System.Globalization;

namespace Mentoring.Matching.Benchmarks;

/// <summary>
/// How much CPU the rest of the machine used while a child ran: every core-second that was
/// neither the child's nor this watching parent's. A benchmark on a shared machine cannot stop others from running, but it can
/// say that they did, so a slow row is not mistaken for a slow round.
/// </summary>
internal sealed class CpuMeter
{
    private readonly double startBusy = MachineBusySeconds();
    private readonly double startOwn = OwnSeconds();
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan childCpu;

    /// <summary>Call while the child lives: its CPU time cannot be read once it has exited.</summary>
    public void Sample(Process child)
    {
        try
        {
            childCpu = child.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            // Exited between the caller's check and this read: keep the last sample.
        }
    }

    /// <summary>
    /// The average number of cores others kept busy; NaN off Linux. <paramref name="reported"/>
    /// is the child's own last word on its CPU time, later than the last sample.
    /// </summary>
    public double OtherCores(double reported)
    {
        var busy = MachineBusySeconds() - startBusy - (OwnSeconds() - startOwn);
        var child = double.IsNaN(reported) ? childCpu.TotalSeconds : Math.Max(reported, childCpu.TotalSeconds);
        return Math.Max(0, busy - child) / clock.Elapsed.TotalSeconds;
    }

    private static double OwnSeconds()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>Seconds all cores spent not idle since boot, from /proc/stat (ticks of 1/100 s).</summary>
    private static double MachineBusySeconds()
    {
        const string Path = "/proc/stat";
        const double TicksPerSecond = 100;
        if (!File.Exists(Path))
        {
            return double.NaN;
        }

        // cpu  user nice system idle iowait irq softirq steal …
        var ticks = File.ReadLines(Path).First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(t => long.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        return (ticks.Take(8).Sum() - ticks[3] - ticks[4]) / TicksPerSecond;
    }
}
