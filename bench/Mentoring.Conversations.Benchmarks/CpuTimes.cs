using System.Globalization;

namespace Mentoring.Conversations.Benchmarks;

/// <summary>
/// CPU time so far, from Linux's <c>/proc</c>: the machine's busy time and the time the hypervisor
/// gave to other guests (steal), the host process's, and PostgreSQL's processes'. Per turn, it
/// tells where the time goes, and it varies less from run to run than turns per second do on a
/// shared virtual machine. Empty elsewhere.
/// </summary>
public sealed record CpuTimes(double BusyMs, double StealMs, double HostMs, double PostgresMs)
{
    // USER_HZ, the unit of /proc's times: 100 on every Linux architecture .NET runs on.
    private const double MsPerTick = 10;

    public static CpuTimes? Read(int hostProcessId)
    {
        if (!File.Exists("/proc/stat"))
        {
            return null;
        }

        // cpu  user nice system idle iowait irq softirq steal guest guest_nice
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        var busy = cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6];
        var postgres = 0.0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Comm(pid) == "postgres")
            {
                postgres += ProcessTicks(pid);
            }
        }

        return new(busy * MsPerTick, cpu[7] * MsPerTick, ProcessTicks(hostProcessId) * MsPerTick, postgres * MsPerTick);
    }

    public CpuTimes Since(CpuTimes start) =>
        new(BusyMs - start.BusyMs, StealMs - start.StealMs, HostMs - start.HostMs, PostgresMs - start.PostgresMs);

    /// <summary>Milliseconds of CPU per turn: the host, PostgreSQL, the whole machine; and the share of time stolen.</summary>
    public string PerTurn(int turns, TimeSpan elapsed) => string.Create(
        CultureInfo.InvariantCulture,
        $"{HostMs / turns:F2} | {PostgresMs / turns:F2} | {BusyMs / turns:F2} | {100 * StealMs / (Environment.ProcessorCount * elapsed.TotalMilliseconds):F0} %");

    private static string? Comm(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/comm").Trim();
        }
        catch (IOException)
        {
            return null; // ended meanwhile
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>utime + stime, fields 14 and 15 of <c>/proc/PID/stat</c>, counted after the command's closing parenthesis.</summary>
    private static double ProcessTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
