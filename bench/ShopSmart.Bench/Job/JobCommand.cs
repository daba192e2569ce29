using System.Globalization;
using ShopSmart.Bench.Measure;

namespace ShopSmart.Bench.Job;

/// <summary>
/// <c>job INPUT... [--runs N] [--memory-limit 1GB] [--label TEXT] [--work DIR] [--keep] [--results FILE]</c>: the
/// whole main job on a fresh warehouse, N times, each in its own process under /usr/bin/time; prints per-stage wall
/// time, CPU, lines/s and peak memory, and appends one row per run to bench/results/runs.csv.
/// </summary>
internal static class JobCommand
{
    public static int Run(Arguments args)
    {
        var inputs = args.Positional.Skip(1).Select(Path.GetFullPath).ToArray();
        if (inputs.Length == 0)
        {
            throw new UsageException("job: give the data file(s) to load");
        }

        var runs = args.Int("runs", 1);
        var label = args.Text("label", "");
        var results = args.Text("results") ?? DefaultResultsPath();
        for (var run = 1; run <= runs; run++)
        {
            var work = WorkFolder(args, $"job-{run}");
            try
            {
                var outcome = MeasuredRun.Shopsmart(inputs, work, args.Text("memory-limit"), label, results);
                Print(outcome.Figures, outcome.Os);
            }
            finally
            {
                if (!args.Flag("keep"))
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        }

        Console.WriteLine($"results appended to {results}");
        return 0;
    }

    public static string DefaultResultsPath() =>
        Path.Combine(MachineInfo.RepositoryRoot() ?? Directory.GetCurrentDirectory(), "bench", "results", "runs.csv");

    /// <summary>A fresh folder for the warehouse and logs: under --work (big runs need room), else the temp folder.</summary>
    public static string WorkFolder(Arguments args, string name)
    {
        var root = args.Text("work") ?? Path.Combine(Path.GetTempPath(), "shopsmart-bench");
        var folder = Path.Combine(Path.GetFullPath(root), $"{name}-{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static void Print(RunFigures figures, OsFigures os)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"{figures.Tool}: {figures.Lines:N0} lines, {figures.Customers:N0} customers, {figures.Products:N0} products"));
        Console.WriteLine($"  {"stage",-40} {"wall s",8} {"cpu s",8} {"lines/s",12} {"peak MiB",9} {"HWM MiB",8}");
        foreach (var stage in figures.Stages.Concat(figures.Details))
        {
            // The ETL's own step timers have no CPU or memory figure: left blank.
            var rate = stage.Seconds > 0 ? (figures.Lines / stage.Seconds).ToString("N0", c) : "";
            var measured = stage.PeakRssMiB > 0;
            Console.WriteLine(string.Create(c,
                $"  {stage.Name,-40} {stage.Seconds,8:0.00} {(measured ? stage.CpuSeconds.ToString("0.00", c) : ""),8} {rate,12} {(measured ? stage.PeakRssMiB.ToString("N0", c) : ""),9} {(measured ? stage.HighWaterMiB.ToString("N0", c) : ""),8}"));
        }

        var total = figures.Stages.Sum(s => s.Seconds);
        Console.WriteLine(string.Create(c, $"  {"stages total",-40} {total,8:0.00} {figures.Stages.Sum(s => s.CpuSeconds),8:0.00} {figures.Lines / total,12:N0}"));
        Console.WriteLine(string.Create(c,
            $"  whole process (/usr/bin/time): {os.WallSeconds:0.00} s wall, {os.UserSeconds + os.SystemSeconds:0.00} s CPU, max RSS {os.MaxRssMiB:N0} MiB"));
    }
}
