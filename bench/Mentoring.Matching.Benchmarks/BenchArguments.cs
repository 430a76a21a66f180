using System.Globalization;

namespace Mentoring.Matching.Benchmarks;

/// <summary>
/// The command line. With <c>--size</c> the process measures one thing and prints one result
/// line; without it, it runs the whole table, each measurement in a child process of its own.
/// </summary>
internal sealed record BenchArguments
{
    public const string Usage = """
        usage: Mentoring.Matching.Benchmarks [--size 1000x500] [--exact] [--greedy] [--seed N] [--sizes NxM,…]
                                             [--sector-candidates N] [--pool-candidates N] [--pool-window N]
                                             [--no-split] [--timeout-minutes N] [--memory-limit-gb N]

          no --size          the whole table (1000x500, 10000x5000, 100000x50000), each measurement
                             in a child process, printed as Markdown
          --size NxM         one measurement of N mentees and M mentors, printed as one BENCH line:
                             optimal (pruned) by default, --greedy the greedy baseline on the same
                             candidates, --exact the exact optimum on the unpruned graph, both
                             together the greedy baseline on the unpruned graph
          --sizes NxM,…      table only: these sizes instead of the three standard ones
          --seed N           the generator's seed (default 1)
          --sector-candidates, --pool-candidates, --pool-window
                             override RoundOptions for the pruned runs (for sweeps)
          --no-split         skip the second, warm pass that times compile / candidates / solve
          --timeout-minutes, --memory-limit-gb
                             table only: a child past either is stopped and reported not feasible
                             (defaults 10 min, and 20 GB or 85 % of this machine's memory)
        """;

    public Size? Size { get; init; }

    /// <summary>The table's sizes.</summary>
    public IReadOnlyList<Size> Sizes { get; init; } = Benchmarks.Size.Table;

    public Algorithm Algorithm { get; init; } = Algorithm.Optimal;

    public int Seed { get; init; } = 1;

    public int? SectorCandidates { get; init; }

    public int? PoolCandidates { get; init; }

    public int? PoolWindow { get; init; }

    public bool Split { get; init; } = true;

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    public long MemoryLimitBytes { get; init; } = Math.Min(20L << 30, (long)(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes * 0.85));

    public static BenchArguments Parse(string[] args)
    {
        var parsed = new BenchArguments();
        var (exact, greedy) = (false, false);
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => ++i < args.Length ? args[i] : throw new FormatException($"{args[i - 1]} needs a value.");
            int Number() => int.TryParse(Value(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
                ? n
                : throw new FormatException($"{args[i - 1]} needs a positive whole number, not '{args[i]}'.");

            parsed = args[i] switch
            {
                "--size" => parsed with { Size = Benchmarks.Size.Parse(Value()) },
                "--sizes" => parsed with { Sizes = [.. Value().Split(',').Select(Benchmarks.Size.Parse)] },
                "--seed" => parsed with { Seed = Number() },
                "--sector-candidates" => parsed with { SectorCandidates = Number() },
                "--pool-candidates" => parsed with { PoolCandidates = Number() },
                "--pool-window" => parsed with { PoolWindow = Number() },
                "--no-split" => parsed with { Split = false },
                "--timeout-minutes" => parsed with { Timeout = TimeSpan.FromMinutes(Number()) },
                "--memory-limit-gb" => parsed with { MemoryLimitBytes = (long)Number() << 30 },
                "--exact" => parsed,
                "--greedy" => parsed,
                _ => throw new FormatException($"Unknown argument '{args[i]}'."),
            };
            exact |= args[i] == "--exact";
            greedy |= args[i] == "--greedy";
        }

        var algorithm = (exact, greedy) switch
        {
            (true, true) => Algorithm.GreedyUnpruned,
            (true, false) => Algorithm.Exact,
            (false, true) => Algorithm.Greedy,
            _ => Algorithm.Optimal,
        };
        return parsed with { Algorithm = algorithm };
    }

    /// <summary>The options the round runs with: the library's defaults unless overridden.</summary>
    public RoundOptions Options()
    {
        if (Algorithm.IsUnpruned())
        {
            return RoundOptions.Exact();
        }

        var options = new RoundOptions();
        options.SectorCandidates = SectorCandidates ?? options.SectorCandidates;
        options.PoolCandidates = PoolCandidates ?? options.PoolCandidates;
        options.PoolWindow = PoolWindow ?? options.PoolWindow;
        return options;
    }

    /// <summary>The arguments of the child process that measures <paramref name="algorithm"/> at <paramref name="size"/>.</summary>
    public IEnumerable<string> ChildArguments(Size size, Algorithm algorithm)
    {
        yield return "--size";
        yield return size.ToString();
        if (algorithm.IsUnpruned())
        {
            yield return "--exact";
        }

        if (algorithm.IsGreedy())
        {
            yield return "--greedy";
        }

        yield return "--seed";
        yield return Seed.ToString(CultureInfo.InvariantCulture);
        foreach (var (flag, value) in new[] { ("--sector-candidates", SectorCandidates), ("--pool-candidates", PoolCandidates), ("--pool-window", PoolWindow) })
        {
            if (value is { } v)
            {
                yield return flag;
                yield return v.ToString(CultureInfo.InvariantCulture);
            }
        }

        if (!Split)
        {
            yield return "--no-split";
        }
    }
}
