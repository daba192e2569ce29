using System.Globalization;
using Dapper;
using ShopSmart.Bench.Job;
using ShopSmart.Bench.Measure;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Engines;

namespace ShopSmart.Bench.Etl;

/// <summary>
/// <c>etl INPUT [--runs N] [--memory-limit X] [--label TEXT] [--work DIR] [--keep] [--results FILE]</c>: the ETL as a
/// user runs it and as the ETL issue's targets are stated — <c>shopsmart-etl migrate</c>, then <c>shopsmart-etl
/// load INPUT</c>, into a fresh DuckDB file, two processes under /usr/bin/time. Prints each one's wall time, CPU and
/// peak memory and their total, and appends one row per run to bench/results/runs.csv (tool <c>shopsmart-etl</c>:
/// wall and CPU summed over the two processes, max RSS the larger).
/// </summary>
internal static class EtlCommand
{
    public static int Run(Arguments args)
    {
        var input = Path.GetFullPath(args.Required(1, "the data file to load"));
        var runs = args.Int("runs", 1);
        var label = args.Text("label", "");
        var results = args.Text("results") ?? JobCommand.DefaultResultsPath();
        var memoryLimit = args.Text("memory-limit");
        var etl = Path.Combine(AppContext.BaseDirectory, "shopsmart-etl");
        if (!File.Exists(etl))
        {
            throw new UsageException($"etl: {etl} is missing (bench/bench.sh publishes it beside shopsmart-bench)");
        }

        var environment = new Dictionary<string, string>();
        if (!string.IsNullOrWhiteSpace(memoryLimit))
        {
            // The environment's form of the setting: SHOPSMART_ShopSmart__DuckDbMemoryLimit.
            environment[ShopSmartConfiguration.EnvironmentPrefix + WarehouseOptions.DuckDbMemoryLimitSetting.Replace(":", "__", StringComparison.Ordinal)] = memoryLimit;
        }

        for (var run = 1; run <= runs; run++)
        {
            var work = JobCommand.WorkFolder(args, $"etl-{run}");
            try
            {
                Measure(etl, input, work, environment, memoryLimit, label, results);
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

    private static void Measure(
        string etl, string input, string work, Dictionary<string, string> environment, string? memoryLimit, string label, string results)
    {
        var warehouse = Path.Combine(work, "shopsmart.duckdb");
        var loadBefore = MachineInfo.LoadAverage();
        var started = DateTime.UtcNow;
        Console.WriteLine($"[{started:HH:mm:ss}] shopsmart-etl migrate + load {Path.GetFileName(input)} (load {loadBefore:0.0}); logs in {work}");
        var migrate = Checked("migrate", TimedProcess.Run(etl, ["migrate", "--duckdb", warehouse], Path.Combine(work, "migrate.log"), environment), work);
        var load = Checked("load", TimedProcess.Run(etl, ["load", input, "--duckdb", warehouse], Path.Combine(work, "load.log"), environment), work);

        var figures = new RunFigures
        {
            Tool = "shopsmart-etl",
            Lines = RowsRead(warehouse),
            Stages = [Stage("migrate", migrate), Stage("load", load)],
        };
        var both = new OsFigures(
            migrate.WallSeconds + load.WallSeconds,
            migrate.UserSeconds + load.UserSeconds,
            migrate.SystemSeconds + load.SystemSeconds,
            Math.Max(migrate.MaxRssMiB, load.MaxRssMiB),
            load.ExitCode);
        new ResultRow(
            started, MachineInfo.Describe(), loadBefore, MachineInfo.LoadAverage(), MachineInfo.Commit(), "shopsmart-etl", label,
            Path.GetFileName(input), new FileInfo(input).Length / 1048576.0, figures, both,
            $"memory_limit={memoryLimit ?? $"default ({WarehouseOptions.DefaultDuckDbMemoryLimit})"}").AppendTo(results);

        var c = CultureInfo.InvariantCulture;
        foreach (var (name, os) in new[] { ("migrate", migrate), ("load", load) })
        {
            Console.WriteLine(string.Create(c, $"  {name,-8} {os.WallSeconds,6:0.00} s wall {os.UserSeconds + os.SystemSeconds,6:0.00} s CPU {os.MaxRssMiB,6:N0} MiB"));
        }

        Console.WriteLine(string.Create(c,
            $"  {"total",-8} {both.WallSeconds,6:0.00} s wall {both.UserSeconds + both.SystemSeconds,6:0.00} s CPU {both.MaxRssMiB,6:N0} MiB peak; {figures.Lines:N0} rows read, {figures.Lines / both.WallSeconds:N0} rows/s"));
    }

    /// <summary>A failed step is reported with the end of its log: the work folder is deleted after the run.</summary>
    private static OsFigures Checked(string step, OsFigures os, string work) =>
        os.ExitCode == 0
            ? os
            : throw new InvalidOperationException(
                $"shopsmart-etl {step} failed (exit code {os.ExitCode}); the end of its log:\n{string.Join('\n', File.ReadLines(Path.Combine(work, step + ".log")).TakeLast(20))}");

    private static StageFigure Stage(string name, OsFigures os) =>
        new(name, os.WallSeconds, os.UserSeconds + os.SystemSeconds, os.MaxRssMiB, os.MaxRssMiB);

    private static long RowsRead(string warehouse)
    {
        using var connection = new DuckDbEngine(warehouse).OpenReadOnlyConnection();
        return connection.ExecuteScalar<long>("SELECT CAST(coalesce(sum(rows_read), 0) AS BIGINT) FROM etl.batch WHERE status = 'loaded'");
    }
}
