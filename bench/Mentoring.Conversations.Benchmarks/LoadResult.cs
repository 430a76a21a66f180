using System.Globalization;

namespace Mentoring.Conversations.Benchmarks;

/// <summary>Turns per second and the latency from sending a message to its reply reaching the sink.</summary>
public sealed record LoadResult(int Turns, double TurnsPerSecond, double P50, double P99, double Max, string Cpu = "")
{
    public static LoadResult From(List<double> latencies, TimeSpan elapsed)
    {
        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? 0 : latencies[Math.Min(latencies.Count - 1, (int)(q * latencies.Count))];
        return new(latencies.Count, latencies.Count / elapsed.TotalSeconds, At(0.50), At(0.99), latencies.Count == 0 ? 0 : latencies[^1]);
    }

    public string Row(string storage, int conversations) => string.Create(
        CultureInfo.InvariantCulture,
        $"| {storage} | {conversations} | {Turns} | {TurnsPerSecond:F0} | {P50:F1} | {P99:F1} | {Max:F1} | {(Cpu.Length > 0 ? Cpu : "— | — | — | —")} |");
}
