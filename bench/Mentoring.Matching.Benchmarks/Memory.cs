using System.Diagnostics;
using System.Globalization;

namespace Mentoring.Matching.Benchmarks;

/// <summary>
/// This process's resident memory. Linux keeps the high-water mark itself (VmHWM), so the peak
/// counts native memory too (OR-Tools' graph lives outside the managed heap), and no sampling
/// can miss a short spike.
/// </summary>
internal static class Memory
{
    public static long PeakBytes() => Status("VmHWM:") ?? PeakFromProcess();

    public static long CurrentBytes() => Status("VmRSS:") ?? CurrentFromProcess();

    public static double Megabytes(long bytes) => bytes / (1024.0 * 1024.0);

    private static long PeakFromProcess()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }

    private static long CurrentFromProcess()
    {
        using var self = Process.GetCurrentProcess();
        return self.WorkingSet64;
    }

    /// <summary>A "Name:   1234 kB" line of /proc/self/status, in bytes; null off Linux.</summary>
    private static long? Status(string name)
    {
        const string Path = "/proc/self/status";
        if (!File.Exists(Path))
        {
            return null;
        }

        var line = File.ReadLines(Path).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        var kilobytes = line?[name.Length..].Trim().Split(' ')[0];
        return long.TryParse(kilobytes, NumberStyles.None, CultureInfo.InvariantCulture, out var kb) ? kb * 1024 : null;
    }
}
