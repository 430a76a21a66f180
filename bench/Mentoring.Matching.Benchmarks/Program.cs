using Mentoring.Matching.Benchmarks;

// `dotnet run -c Release --project bench/Mentoring.Matching.Benchmarks` prints the whole table;
// `-- --size 1000x500 [--greedy] [--exact]` measures one round (what the table's children do).
BenchArguments arguments;
try
{
    arguments = BenchArguments.Parse(args);
}
catch (FormatException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchArguments.Usage);
    return 2;
}

if (arguments.Size is not { } size)
{
    return await Table.RunAsync(arguments);
}

Measurement.Run(arguments, size, result => Console.WriteLine((result with { CpuSeconds = CpuTime() }).ToLine()));
return 0;

static double CpuTime()
{
    using var self = System.Diagnostics.Process.GetCurrentProcess();
    return self.TotalProcessorTime.TotalSeconds;
}
