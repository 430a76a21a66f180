namespace Mentoring.Matching.Benchmarks;

/// <summary>
/// The whole table: every size, every algorithm, one child process each, one after the other
/// (never side by side: they would share the two cores and each other's memory).
/// </summary>
internal static class Table
{
    /// <summary>
    /// The unpruned graph grows with mentees × mentors: tens of millions of arcs at 10,000 ×
    /// 5,000, about a hundred times that at 100,000 × 50,000, which no machine this targets holds.
    /// </summary>
    public const int LargestUnpruned = 10_000;

    public static async Task<int> RunAsync(BenchArguments arguments)
    {
        var outcomes = new List<Outcome>();
        foreach (var size in arguments.Sizes)
        {
            foreach (var algorithm in Plan(size))
            {
                Console.Error.WriteLine($"{size.Display()} {algorithm.Label()}");
                outcomes.Add(await ChildRun.MeasureAsync(arguments, size, algorithm));
            }
        }

        Console.WriteLine(Report.Markdown(outcomes, arguments));
        return outcomes.Any(o => o.Result is null && !o.Failure!.StartsWith("not feasible", StringComparison.Ordinal)) ? 1 : 0;
    }

    private static IEnumerable<Algorithm> Plan(Size size)
    {
        yield return Algorithm.Optimal;
        yield return Algorithm.Greedy;
        if (size.Mentees <= LargestUnpruned)
        {
            yield return Algorithm.Exact;
            yield return Algorithm.GreedyUnpruned;
        }
    }
}
