using System.Diagnostics;
using System.Globalization;

namespace Mentoring.Matching.Benchmarks;

/// <summary>
/// One measurement, in a process of its own so that its peak memory is its own: build the
/// programme, run the round once through the public API (the number that counts), read the
/// peak, then, warm, run the round's phases one by one to see where the time goes.
/// </summary>
internal static class Measurement
{
    /// <summary>Reports the round as soon as it is measured, and again with the phase split.</summary>
    public static void Run(BenchArguments arguments, Size size, Action<BenchResult> report)
    {
        var options = arguments.Options();
        var clock = Stopwatch.StartNew();
        var input = new ProgrammeGenerator(arguments.Seed).Generate(size.Mentees, size.Mentors);
        var generateSeconds = clock.Elapsed.TotalSeconds;
        Progress($"{size} {arguments.Algorithm.Key()}: generated in {generateSeconds:0.00} s ({input.ExcludedPairs.Count} excluded pairs)");

        // Start the round from a clean heap, so that it does not pay for the generator's garbage.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var inputBytes = Memory.CurrentBytes();

        var round = new MatchingRound(options);
        clock.Restart();
        var result = arguments.Algorithm.IsGreedy() ? round.ProposeGreedy(input) : round.Propose(input);
        var roundSeconds = clock.Elapsed.TotalSeconds;
        var peakBytes = Memory.PeakBytes();
        Progress($"{size} {arguments.Algorithm.Key()}: round in {roundSeconds:0.00} s, peak {Memory.Megabytes(peakBytes):0} MB");

        var measured = new BenchResult
        {
            Size = size,
            Algorithm = arguments.Algorithm,
            Seed = arguments.Seed,
            Options = options.Unpruned ? "exact" : string.Create(CultureInfo.InvariantCulture, $"{options.SectorCandidates}/{options.PoolCandidates}/{options.PoolWindow}"),
            GenerateSeconds = generateSeconds,
            InputMegabytes = Memory.Megabytes(inputBytes),
            RoundSeconds = roundSeconds,
            PeakMegabytes = Memory.Megabytes(peakBytes),
            Places = input.Mentors.Sum(m => m.FreeCapacity),
            CandidatePairs = result.CandidatePairs,
            Matched = result.Proposals.Count,
            TotalScore = result.TotalScore,
        };
        report(measured);
        if (arguments.Split)
        {
            report(Split(measured, input, options));
        }
    }

    /// <summary>
    /// The same round again, phase by phase, through the library's internals (visible to this
    /// assembly for exactly this): what <see cref="MatchingRound"/> does, minus the reasons. Warm,
    /// so the JIT is out of the numbers; the matched count must agree with the public run.
    /// </summary>
    private static BenchResult Split(BenchResult measured, RoundInput input, RoundOptions options)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var clock = Stopwatch.StartNew();
        var compiled = new Compiled(input, options.Weights);
        var compileSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var candidates = Candidates.Generate(compiled, options);
        var candidatesSeconds = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var assigned = measured.Algorithm.IsGreedy()
            ? GreedySolver.Solve(compiled, candidates, options.Weights)
            : FlowSolver.Solve(compiled, candidates, options.Weights);
        var solveSeconds = clock.Elapsed.TotalSeconds;

        var matched = assigned.Count(j => j >= 0);
        if (matched != measured.Matched || candidates.PairCount != measured.CandidatePairs)
        {
            throw new InvalidOperationException(
                $"The phase-by-phase run matched {matched} over {candidates.PairCount} pairs, the public run {measured.Matched} over {measured.CandidatePairs}: the split no longer mirrors MatchingRound.");
        }

        return measured with { CompileSeconds = compileSeconds, CandidatesSeconds = candidatesSeconds, SolveSeconds = solveSeconds };
    }

    /// <summary>Progress goes to stderr: stdout carries only the result line.</summary>
    private static void Progress(FormattableString message) => Console.Error.WriteLine(FormattableString.Invariant(message));
}
