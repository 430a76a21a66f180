using System.Globalization;

namespace Mentoring.Matching.Benchmarks;

/// <summary>
/// One measurement, as the one line a child prints: <c>BENCH key=value …</c>, easy to grep and
/// to parse back, with invariant numbers so that a German locale cannot turn 1.5 into 1,5.
/// </summary>
internal sealed record BenchResult
{
    public const string Prefix = "BENCH ";

    public required Size Size { get; init; }

    public required Algorithm Algorithm { get; init; }

    public required int Seed { get; init; }

    /// <summary>The pruning options the round ran with, as "sector/pool/window"; "exact" when unpruned.</summary>
    public required string Options { get; init; }

    public required double GenerateSeconds { get; init; }

    /// <summary>Resident memory once the input is built: the floor under <see cref="PeakMegabytes"/>.</summary>
    public required double InputMegabytes { get; init; }

    /// <summary>The round alone, cold (first call in a fresh process), through the public API.</summary>
    public required double RoundSeconds { get; init; }

    /// <summary>The process's peak resident memory up to the end of the round, input and runtime included.</summary>
    public required double PeakMegabytes { get; init; }

    /// <summary>Every mentor's free places together: no round can match more mentees than this.</summary>
    public required int Places { get; init; }

    public required long CandidatePairs { get; init; }

    public required int Matched { get; init; }

    public required long TotalScore { get; init; }

    /// <summary>The warm second pass, phase by phase; NaN when it was skipped.</summary>
    public double CompileSeconds { get; init; } = double.NaN;

    public double CandidatesSeconds { get; init; } = double.NaN;

    public double SolveSeconds { get; init; } = double.NaN;

    /// <summary>The child's own CPU time when it printed the line, so the parent can tell its load from others'.</summary>
    public double CpuSeconds { get; init; } = double.NaN;

    public string ToLine()
    {
        var fields = new (string Key, string Value)[]
        {
            ("size", Size.ToString()),
            ("algo", Algorithm.Key()),
            ("seed", Seed.ToString(CultureInfo.InvariantCulture)),
            ("options", Options),
            ("gen_s", Seconds(GenerateSeconds)),
            ("input_mb", Megabytes(InputMegabytes)),
            ("round_s", Seconds(RoundSeconds)),
            ("peak_mb", Megabytes(PeakMegabytes)),
            ("places", Places.ToString(CultureInfo.InvariantCulture)),
            ("pairs", CandidatePairs.ToString(CultureInfo.InvariantCulture)),
            ("matched", Matched.ToString(CultureInfo.InvariantCulture)),
            ("score", TotalScore.ToString(CultureInfo.InvariantCulture)),
            ("compile_s", Seconds(CompileSeconds)),
            ("candidates_s", Seconds(CandidatesSeconds)),
            ("solve_s", Seconds(SolveSeconds)),
            ("cpu_s", Seconds(CpuSeconds)),
        };
        return Prefix + string.Join(' ', fields.Select(f => $"{f.Key}={f.Value}"));
    }

    public static BenchResult Parse(string line)
    {
        var fields = line[Prefix.Length..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2))
            .ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        double Number(string key) => double.Parse(fields[key], NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        return new BenchResult
        {
            Size = Size.Parse(fields["size"]),
            Algorithm = AlgorithmNames.Parse(fields["algo"]),
            Seed = (int)Number("seed"),
            Options = fields["options"],
            GenerateSeconds = Number("gen_s"),
            InputMegabytes = Number("input_mb"),
            RoundSeconds = Number("round_s"),
            PeakMegabytes = Number("peak_mb"),
            Places = (int)Number("places"),
            CandidatePairs = (long)Number("pairs"),
            Matched = (int)Number("matched"),
            TotalScore = (long)Number("score"),
            CompileSeconds = Number("compile_s"),
            CandidatesSeconds = Number("candidates_s"),
            SolveSeconds = Number("solve_s"),
            CpuSeconds = Number("cpu_s"),
        };
    }

    private static string Seconds(double seconds) => seconds.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Megabytes(double megabytes) => megabytes.ToString("0.0", CultureInfo.InvariantCulture);
}
