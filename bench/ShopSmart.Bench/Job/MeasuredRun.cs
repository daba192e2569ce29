using ShopSmart.Bench.Measure;
using ShopSmart.Core.Configuration;

namespace ShopSmart.Bench.Job;

/// <summary>
/// One measured run of a tool in a fresh child process under /usr/bin/time: the shopsmart job (<c>stages</c>) or the
/// Python notebook. Writes its figures into the results file and hands them back.
/// </summary>
internal static class MeasuredRun
{
    public sealed record Outcome(RunFigures Figures, OsFigures Os, string Log);

    public static Outcome Shopsmart(IReadOnlyList<string> inputs, string work, string? memoryLimit, string label, string resultsPath)
    {
        var warehouse = Path.Combine(work, "shopsmart.duckdb");
        var (program, prefix) = TimedProcess.Self();
        List<string> arguments = [.. prefix, "stages", .. inputs, "--warehouse", warehouse, "--out", Path.Combine(work, "figures.json")];
        if (!string.IsNullOrWhiteSpace(memoryLimit))
        {
            arguments.AddRange(["--memory-limit", memoryLimit]);
        }

        return Measure("shopsmart", program, arguments, inputs, work, label, $"memory_limit={memoryLimit ?? $"default ({WarehouseOptions.DefaultDuckDbMemoryLimit})"}", resultsPath);
    }

    /// <param name="until">Stop after this stage (<c>eda</c>: the ETL issue's side of the notebook); the whole notebook when null.</param>
    public static Outcome Notebook(string python, string script, string input, string work, string label, string resultsPath, string? until = null)
    {
        List<string> arguments = [script, input, "--work", work, "--out", Path.Combine(work, "figures.json")];
        if (until is null)
        {
            return Measure("notebook", python, arguments, [input], work, label, $"python={python}", resultsPath);
        }

        arguments.AddRange(["--until", until]);
        return Measure($"notebook-{until}", python, arguments, [input], work, label, $"python={python}; until={until}", resultsPath);
    }

    private static Outcome Measure(
        string tool, string program, IReadOnlyList<string> arguments, IReadOnlyList<string> inputs, string work, string label, string settings, string resultsPath)
    {
        Directory.CreateDirectory(work);
        var figuresPath = Path.Combine(work, "figures.json");
        File.Delete(figuresPath);
        var log = Path.Combine(work, $"{tool}.log");
        var loadBefore = MachineInfo.LoadAverage();
        var started = DateTime.UtcNow;
        Console.WriteLine($"[{started:HH:mm:ss}] {tool} on {string.Join(", ", inputs.Select(Path.GetFileName))} (load {loadBefore:0.0}); log {log}");
        var os = TimedProcess.Run(program, arguments, log);
        if (os.ExitCode != 0 || !File.Exists(figuresPath))
        {
            var tail = File.ReadLines(log).TakeLast(30);
            throw new InvalidOperationException($"{tool} failed (exit code {os.ExitCode}); the end of {log}:\n{string.Join('\n', tail)}");
        }

        var figures = RunFigures.Load(figuresPath);
        var inputMiB = inputs.Sum(i => new FileInfo(i).Length) / 1048576.0;
        var row = new ResultRow(
            started, MachineInfo.Describe(), loadBefore, MachineInfo.LoadAverage(), MachineInfo.Commit(), tool, label,
            string.Join(" ", inputs.Select(Path.GetFileName)), inputMiB, figures, os, settings);
        row.AppendTo(resultsPath);
        return new Outcome(figures, os, log);
    }
}
