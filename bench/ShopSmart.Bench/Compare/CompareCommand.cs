using System.Globalization;
using ShopSmart.Bench.Job;
using ShopSmart.Bench.Measure;

namespace ShopSmart.Bench.Compare;

/// <summary>
/// <c>compare INPUT [--rounds N] [--memory-limit X] [--python P] [--script S] [--work DIR] [--label T]</c>: the
/// shopsmart job against the pandas + scikit-learn notebook on the same file, each run a fresh process under
/// /usr/bin/time, alternated A B, B A, A B… so that a change in the machine's load falls on both. Reports the medians
/// and the ratio (notebook ÷ shopsmart; above 1 means shopsmart is faster) for the whole of each, and for the part
/// both do: read, clean and the EDA aggregates (shopsmart: load + views; notebook: read + clean + eda + eda_more).
/// </summary>
internal static class CompareCommand
{
    private static readonly string[] ShopsmartCommon = ["load", "views"];
    private static readonly string[] NotebookCommon = ["read", "clean", "eda", "eda_more"];

    public static int Run(Arguments args)
    {
        var input = Path.GetFullPath(args.Required(1, "the data file"));
        var rounds = args.Int("rounds", 3);
        var python = args.Text("python", "/usr/bin/python3");
        var script = args.Text("script") ?? Path.Combine(MachineInfo.RepositoryRoot() ?? ".", "bench", "notebook", "notebook.py");
        var label = args.Text("label", "compare");
        var results = args.Text("results") ?? JobCommand.DefaultResultsPath();
        var runs = new List<MeasuredRun.Outcome>();
        var loadBefore = MachineInfo.LoadAverage();

        for (var round = 0; round < rounds; round++)
        {
            string[] order = round % 2 == 0 ? ["shopsmart", "notebook"] : ["notebook", "shopsmart"];
            foreach (var tool in order)
            {
                var work = JobCommand.WorkFolder(args, $"compare-{round + 1}-{tool}");
                try
                {
                    var outcome = tool == "shopsmart"
                        ? MeasuredRun.Shopsmart([input], work, args.Text("memory-limit"), label, results)
                        : MeasuredRun.Notebook(python, script, input, work, label, results);
                    JobCommand.Print(outcome.Figures, outcome.Os);
                    runs.Add(outcome);
                }
                finally
                {
                    Directory.Delete(work, recursive: true);
                }
            }
        }

        var summary = Summarise(runs);
        Console.WriteLine(summary.Text);
        var compareFile = ComparisonFile.Append(
            results, "compare.csv",
            "rounds,shopsmart_wall_s,notebook_wall_s,whole_ratio,shopsmart_common_s,notebook_common_s,common_ratio,shopsmart_max_rss_mib,notebook_max_rss_mib",
            loadBefore, input, [rounds.ToString(CultureInfo.InvariantCulture), .. summary.Fields]);
        Console.WriteLine($"runs appended to {results}, the comparison to {compareFile}");
        return 0;
    }

    private static (string Text, string[] Fields) Summarise(IReadOnlyList<MeasuredRun.Outcome> runs)
    {
        var c = CultureInfo.InvariantCulture;
        var product = runs.Where(r => r.Figures.Tool == "shopsmart").ToList();
        var notebook = runs.Where(r => r.Figures.Tool == "notebook").ToList();
        double Common(MeasuredRun.Outcome run, string[] names) => run.Figures.Stages.Where(s => names.Contains(s.Name)).Sum(s => s.Seconds);

        var productWall = Median.Of(product.Select(r => r.Os.WallSeconds));
        var notebookWall = Median.Of(notebook.Select(r => r.Os.WallSeconds));
        var productCommon = Median.Of(product.Select(r => Common(r, ShopsmartCommon)));
        var notebookCommon = Median.Of(notebook.Select(r => Common(r, NotebookCommon)));
        var productRss = Median.Of(product.Select(r => r.Os.MaxRssMiB));
        var notebookRss = Median.Of(notebook.Select(r => r.Os.MaxRssMiB));
        var text = string.Create(c, $"""
            medians of {product.Count} A/B rounds:
              whole job      shopsmart {productWall,7:0.00} s   notebook {notebookWall,7:0.00} s   notebook ÷ shopsmart {notebookWall / productWall:0.00}
              common part    shopsmart {productCommon,7:0.00} s   notebook {notebookCommon,7:0.00} s   notebook ÷ shopsmart {notebookCommon / productCommon:0.00}   (load + views | read + clean + eda + eda_more)
              max RSS        shopsmart {productRss,7:N0} MiB notebook {notebookRss,7:N0} MiB
            """);
        string[] fields =
        [
            productWall.ToString("0.00", c), notebookWall.ToString("0.00", c), (notebookWall / productWall).ToString("0.00", c),
            productCommon.ToString("0.00", c), notebookCommon.ToString("0.00", c), (notebookCommon / productCommon).ToString("0.00", c),
            productRss.ToString("0", c), notebookRss.ToString("0", c),
        ];
        return (text, fields);
    }
}
