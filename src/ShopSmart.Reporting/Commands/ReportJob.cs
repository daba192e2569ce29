using System.Diagnostics;
using ShopSmart.Core.Hosting;
using ShopSmart.Core.Migrations;
using ShopSmart.Core.Runs;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;
using ShopSmart.Reporting.Renderers;
using ShopSmart.Reporting.Sections;
using Spectre.Console;

namespace ShopSmart.Reporting.Commands;

/// <summary>
/// Writes the analysis report from the warehouse: reads the views and ml tables, composes the document (texts and
/// charts) once, then writes it in each format, every file atomically. Shared by <c>shopsmart-report report</c> and
/// the end of the main <c>shopsmart run</c> job.
/// </summary>
public static class ReportJob
{
    /// <summary>Throws <see cref="BadInputException"/> for an unknown culture or format, naming it.</summary>
    public static void Validate(ReportOptions options)
    {
        TextCulture.Parse(options.Culture);
        Renderers(options.Formats);
    }

    public static ReportResult Write(RunContext context, ReportOptions options, TimeProvider? clock = null)
    {
        var culture = TextCulture.Parse(options.Culture);
        var renderers = Renderers(options.Formats);
        EnsureMigrated(context);

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var data = WarehouseReader.Read(context.Engine);
        var reading = watch.Elapsed;

        watch.Restart();
        var document = ReportBuilder.Build(data, culture, (clock ?? TimeProvider.System).GetUtcNow());
        var composing = watch.Elapsed;

        watch.Restart();
        var files = new List<string>();
        foreach (var renderer in renderers)
        {
            var path = Path.GetFullPath(Path.Combine(options.OutputFolder, $"{options.FileName}.{culture.Name}{renderer.FileExtension}"));
            AtomicFile.Write(path, stream => renderer.Write(document, stream));
            files.Add(path);
        }

        var result = new ReportResult(files, reading, composing, watch.Elapsed);
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        context.Console.MarkupLineInterpolated(
            $"[green]Report written[/] ({culture.Name}, {result.Total.TotalSeconds:0.00} s: read {reading.TotalSeconds:0.00} s, charts and text {composing.TotalSeconds:0.00} s, files {result.Writing.TotalSeconds:0.00} s; {cpu.TotalSeconds:0.00} s CPU):");
        foreach (var file in files)
        {
            context.Console.MarkupLineInterpolated($"  {file}");
        }

        return result;
    }

    private static List<IReportRenderer> Renderers(IEnumerable<string> formats)
    {
        var chosen = formats.ToList();
        var renderers = new List<IReportRenderer>();
        foreach (var format in (chosen.Count > 0 ? chosen : ReportOptions.AllFormats).Select(f => f.Trim().TrimStart('.').ToLowerInvariant()).Distinct())
        {
            renderers.Add(format switch
            {
                "html" => new HtmlRenderer(),
                "ipynb" => new NotebookRenderer(),
                "docx" => new DocxRenderer(),
                _ => throw new BadInputException($"Report format '{format}' is not supported; use {string.Join(", ", ReportOptions.AllFormats)}."),
            });
        }

        return renderers;
    }

    private static void EnsureMigrated(RunContext context)
    {
        var pending = new MigrationRunner(context.Engine).PendingScripts();
        if (pending.Count > 0)
        {
            throw new InvalidOperationException(
                $"The warehouse schema is not up to date ({pending.Count} script(s) pending, first {pending[0]}). Run the migrate command first.");
        }
    }
}
