using System.Globalization;
using Dapper;
using ShopSmart.Bench.Job;
using ShopSmart.Bench.Measure;
using ShopSmart.Core.Configuration;
using ShopSmart.Core.Engines;

namespace ShopSmart.Bench.Etl;

/// <summary>
/// <c>etl INPUT [--runs N] [--memory-limit X] [--label TEXT] [--work DIR] [--keep] [--results FILE]
/// [--against-notebook [--python P] [--script S]]</c>: the ETL as a user runs it and as the ETL issue's targets are
/// stated — <c>shopsmart-etl migrate</c>, then <c>shopsmart-etl load INPUT</c>, into a fresh DuckDB file, two processes
/// under /usr/bin/time. Prints each one's wall time, CPU and peak memory and their total, and appends one row per run to
/// bench/results/runs.csv (tool <c>shopsmart-etl</c>: wall and CPU summed over the two processes, max RSS the larger).
/// <para>With <c>--against-notebook</c>, each run is alternated (A B, B A, …) with the notebook stopped after its EDA
/// aggregates (<c>notebook.py --until eda</c>: Python, pandas, read_csv, the usual cleaning, the aggregates — the
/// issue's "pandas notebook"), a whole process too; the medians and their ratio go to bench/results/compare-etl.csv.
/// The absolute targets were set in a faster hour of this shared machine; the ratio holds in any hour.</para>
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

        var againstNotebook = args.Flag("against-notebook");
        var python = args.Text("python", "/usr/bin/python3");
        var script = args.Text("script") ?? Path.Combine(MachineInfo.RepositoryRoot() ?? ".", "bench", "notebook", "notebook.py");
        var loadBefore = MachineInfo.LoadAverage();
        var product = new List<OsFigures>();
        var notebook = new List<MeasuredRun.Outcome>();
        for (var run = 1; run <= runs; run++)
        {
            string[] order = !againstNotebook ? ["shopsmart-etl"] : run % 2 == 1 ? ["shopsmart-etl", "notebook"] : ["notebook", "shopsmart-etl"];
            foreach (var tool in order)
            {
                var work = JobCommand.WorkFolder(args, $"etl-{run}-{tool}");
                try
                {
                    if (tool == "notebook")
                    {
                        var outcome = MeasuredRun.Notebook(python, script, input, work, label, results, until: "eda");
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"  {"total",-8} {outcome.Os.WallSeconds,6:0.00} s wall {outcome.Os.UserSeconds + outcome.Os.SystemSeconds,6:0.00} s CPU {outcome.Os.MaxRssMiB,6:N0} MiB peak (read + clean + eda {NotebookStages(outcome):0.00} s)"));
                        notebook.Add(outcome);
                    }
                    else
                    {
                        product.Add(Measure(etl, input, work, environment, memoryLimit, label, results));
                    }
                }
                finally
                {
                    if (!args.Flag("keep"))
                    {
                        Directory.Delete(work, recursive: true);
                    }
                }
            }
        }

        if (againstNotebook)
        {
            Summarise(input, runs, loadBefore, product, notebook, results);
        }

        Console.WriteLine($"results appended to {results}");
        return 0;
    }

    private static double NotebookStages(MeasuredRun.Outcome outcome) => outcome.Figures.Stages.Sum(s => s.Seconds);

    private static void Summarise(
        string input, int runs, double loadBefore, List<OsFigures> product, List<MeasuredRun.Outcome> notebook, string results)
    {
        var c = CultureInfo.InvariantCulture;
        var productWall = Median.Of(product.Select(o => o.WallSeconds));
        var notebookWall = Median.Of(notebook.Select(o => o.Os.WallSeconds));
        var notebookStages = Median.Of(notebook.Select(NotebookStages));
        var productRss = Median.Of(product.Select(o => o.MaxRssMiB));
        var notebookRss = Median.Of(notebook.Select(o => o.Os.MaxRssMiB));
        Console.WriteLine(string.Create(c, $"""
            medians of {runs} alternated runs (whole processes, as a user waits for them):
              shopsmart-etl migrate + load  {productWall,6:0.00} s  {productRss,6:N0} MiB
              notebook to its aggregates    {notebookWall,6:0.00} s  {notebookRss,6:N0} MiB   (of which read + clean + eda {notebookStages:0.00} s; the rest is Python and pandas starting)
              notebook ÷ shopsmart-etl      {notebookWall / productWall,6:0.00}   (above 1: shopsmart-etl is faster)
            """));
        var file = ComparisonFile.Append(
            results, "compare-etl.csv",
            "runs,shopsmart_etl_wall_s,notebook_wall_s,wall_ratio,notebook_read_clean_eda_s,shopsmart_etl_max_rss_mib,notebook_max_rss_mib",
            loadBefore, input,
            [
                runs.ToString(c), productWall.ToString("0.00", c), notebookWall.ToString("0.00", c), (notebookWall / productWall).ToString("0.00", c),
                notebookStages.ToString("0.00", c), productRss.ToString("0", c), notebookRss.ToString("0", c),
            ]);
        Console.WriteLine($"the comparison appended to {file}");
    }

    private static OsFigures Measure(
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
        return both;
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
