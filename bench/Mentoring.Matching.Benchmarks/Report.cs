using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;
using System.Text;

namespace Mentoring.Matching.Benchmarks;

/// <summary>The table as Markdown, ready for the README: results, where the time goes, the targets.</summary>
internal static class Report
{
    private const double TargetSeconds = 10;
    private const double TargetMegabytes = 2048;
    private const double TargetGapPercent = 0.5;
    private const double NoticeableOtherCores = 0.1;
    private static readonly Size TargetSize = new(100_000, 50_000);
    private static readonly Size GapSize = new(10_000, 5_000);

    public static string Markdown(IReadOnlyList<Outcome> outcomes, BenchArguments arguments)
    {
        var text = new StringBuilder();
        var options = arguments.Options();
        Line(text, $"Seed {arguments.Seed}; pruning: {(options.SectorCandidates is null && options.PoolCandidates is null && options.PoolWindow is null ? $"the library's budgets ({options.CandidateBudget:N0} candidate pairs, {options.ScanBudget:N0} mentors looked at)" : $"sector / pool candidates / pool window {options.SectorCandidates} / {options.PoolCandidates} / {options.PoolWindow}")}.");
        Line(text, $"Machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (double)(1L << 30):0.0} GB, {RuntimeInformation.OSDescription} {RuntimeInformation.ProcessArchitecture}, {RuntimeInformation.FrameworkDescription}, {(GCSettings.IsServerGC ? "server" : "workstation")} GC; {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        Line(text, $"");
        Line(text, $"| mentees × mentors | algorithm | round (s) | peak memory (MB) | candidate pairs | matched / places | total score | gap to exact |");
        Line(text, $"| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var o in outcomes)
        {
            if (o.Result is not { } r)
            {
                Line(text, $"| {o.Size.Display()} | {o.Algorithm.Label()} | {o.Failure} | | | | | |");
                continue;
            }

            Line(text, $"| {o.Size.Display()} | {o.Algorithm.Label()} | {r.RoundSeconds:0.00} | {r.PeakMegabytes:N0} | {r.CandidatePairs:N0} | {r.Matched:N0} / {r.Places:N0} | {r.TotalScore:N0} | {Gap(outcomes, r)} |");
        }

        Line(text, $"");
        Line(text, $"Round: one cold call of `Propose` / `ProposeGreedy` in a fresh process, input generation excluded. Peak memory: the process's high-water mark (VmHWM) at the end of the round, input and runtime included. Places: the mentors' free places, the most any round can match. Gap: how much less total score than the exact optimum of the same programme. The unpruned graph is not built at {TargetSize.Display()}.");
        Line(text, $"");
        Line(text, $"Where the time goes (a second, warm pass of the same round, phase by phase, in seconds):");
        Line(text, $"");
        Line(text, $"| mentees × mentors | algorithm | compile input | candidate generation | solve | generate programme (not in the round) | resident after generation (MB) | other processes (cores busy) |");
        Line(text, $"| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var o in outcomes)
        {
            if (o.Result is { } r)
            {
                Line(text, $"| {o.Size.Display()} | {o.Algorithm.Label()} | {Seconds(r.CompileSeconds)} | {Seconds(r.CandidatesSeconds)} | {Seconds(r.SolveSeconds)} | {r.GenerateSeconds:0.00} | {r.InputMegabytes:N0} | {o.OtherCores:0.00} |");
            }
        }

        var busiest = outcomes.MaxBy(o => o.OtherCores);
        if (busiest is not null && busiest.OtherCores > NoticeableOtherCores)
        {
            Line(text, $"");
            Line(text, $"Other processes were busy during some measurements (up to {busiest.OtherCores:0.00} cores on average, at {busiest.Size.Display()} {busiest.Algorithm.Label()}): those rows' times are higher than on a quiet machine.");
        }

        foreach (var o in outcomes.Where(o => o.Result is not null && o.Failure is not null))
        {
            Line(text, $"");
            Line(text, $"{o.Size.Display()} {o.Algorithm.Label()}: {o.Failure}.");
        }

        Line(text, $"");
        Targets(text, outcomes);
        return text.ToString();
    }

    private static void Targets(StringBuilder text, IReadOnlyList<Outcome> outcomes)
    {
        var large = outcomes.FirstOrDefault(o => o.Size == TargetSize && o.Algorithm == Algorithm.Optimal)?.Result;
        var pruned = outcomes.FirstOrDefault(o => o.Size == GapSize && o.Algorithm == Algorithm.Optimal)?.Result;
        var exact = outcomes.FirstOrDefault(o => o.Size == GapSize && o.Algorithm == Algorithm.Exact)?.Result;
        Line(text, $"Targets ({Environment.ProcessorCount} cores here; the targets are for 2):");
        Line(text, $"");
        if (large is null)
        {
            Line(text, $"- {TargetSize.Display()} round under {TargetSeconds} s and {TargetMegabytes:N0} MB: not measured");
        }
        else
        {
            Line(text, $"- {TargetSize.Display()} round under {TargetSeconds} s: {large.RoundSeconds:0.00} s, {Verdict(large.RoundSeconds < TargetSeconds)}; under {TargetMegabytes:N0} MB: {large.PeakMegabytes:N0} MB, {Verdict(large.PeakMegabytes < TargetMegabytes)}");
        }

        if (pruned is null || exact is null)
        {
            Line(text, $"- pruned within {TargetGapPercent} % of the exact optimum at {GapSize.Display()}: not measured (exact not feasible or not run)");
        }
        else
        {
            Line(text, $"- pruned within {TargetGapPercent} % of the exact optimum at {GapSize.Display()}: {GapPercent(pruned, exact):0.000} %, {Verdict(GapPercent(pruned, exact) <= TargetGapPercent)}");
        }
    }

    private static string Gap(IReadOnlyList<Outcome> outcomes, BenchResult r)
    {
        var exact = outcomes.FirstOrDefault(o => o.Size == r.Size && o.Algorithm == Algorithm.Exact)?.Result;
        return exact is null || r.Algorithm == Algorithm.Exact ? "" : FormattableString.Invariant($"{GapPercent(r, exact):0.000} %");
    }

    private static double GapPercent(BenchResult r, BenchResult exact) =>
        exact.TotalScore == 0 ? 0 : 100.0 * (exact.TotalScore - r.TotalScore) / exact.TotalScore;

    private static string Verdict(bool met) => met ? "met" : "**missed**";

    private static string Seconds(double seconds) => double.IsNaN(seconds) ? "" : seconds.ToString("0.00", CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, FormattableString line) => text.Append(FormattableString.Invariant(line)).Append('\n');
}
