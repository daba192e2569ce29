using System.Globalization;

namespace ShopSmart.Bench.Measure;

/// <summary>
/// One measured run as a line of <c>bench/results/runs.csv</c>: when, where, what (commit, tool, input), the OS's
/// whole-process figures, and every stage as "name seconds/cpu/peak".
/// </summary>
internal sealed record ResultRow(
    DateTime Utc,
    string Machine,
    double LoadBefore,
    double LoadAfter,
    string Commit,
    string Tool,
    string Label,
    string Input,
    double InputMiB,
    RunFigures Figures,
    OsFigures Os,
    string Settings)
{
    public const string Header =
        "date_utc,machine,load_before,load_after,commit,tool,label,input,input_mib,lines,customers,wall_s,cpu_s,max_rss_mib,lines_per_s,settings,stages,details";

    public string ToCsv()
    {
        var c = CultureInfo.InvariantCulture;
        string[] fields =
        [
            Utc.ToString("yyyy-MM-dd HH:mm", c),
            Machine,
            LoadBefore.ToString("0.00", c),
            LoadAfter.ToString("0.00", c),
            Commit,
            Tool,
            Label,
            Input,
            InputMiB.ToString("0.0", c),
            Figures.Lines.ToString(c),
            Figures.Customers.ToString(c),
            Os.WallSeconds.ToString("0.00", c),
            (Os.UserSeconds + Os.SystemSeconds).ToString("0.00", c),
            Os.MaxRssMiB.ToString("0", c),
            (Figures.Lines / Math.Max(Os.WallSeconds, 1e-6)).ToString("0", c),
            Settings,
            Stages(Figures.Stages),
            Stages(Figures.Details),
        ];
        return string.Join(',', fields.Select(Quote));
    }

    public static string Stages(IEnumerable<StageFigure> stages) =>
        string.Join("; ", stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Seconds:0.00}s/{s.CpuSeconds:0.00}cpu/{s.PeakRssMiB:0}MiB")));

    public void AppendTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var isNew = !File.Exists(path) || new FileInfo(path).Length == 0;
        File.AppendAllText(path, (isNew ? Header + "\n" : "") + ToCsv() + "\n");
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(',', '"', '\n') >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}
