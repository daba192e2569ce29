using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using ShopSmart.Core.Files;
using ShopSmart.Core.Hosting;
using ShopSmart.Core.Insights;
using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Layout;
using ShopSmart.ExcelExport.Sheets;
using Spectre.Console;

namespace ShopSmart.ExcelExport.Commands;

/// <summary>
/// Writes the marketing workbook from the warehouse's mart views and ml tables. Shared by
/// <c>shopsmart-excel-export export</c> and the main <c>shopsmart run</c> job, which ends with it.
/// </summary>
public static class WorkbookJob
{
    public static ExportResult Export(RunContext context, ExportOptions? overrides = null, CancellationToken cancellationToken = default)
    {
        var options = overrides ?? BindOptions(context.Configuration);
        options.Validate();
        var path = options.ResolvePath();
        var clock = Stopwatch.StartNew();
        var timer = new StepTimer();
        context.Console.MarkupLineInterpolated($"Writing the marketing workbook from {context.Engine.Describe()}");

        var warmUp = WarmUp.Start();
        MartSnapshot mart;
        ModelSnapshot models;
        IReadOnlyList<Recommendation> recommendations;
        using (var connection = context.Engine.OpenConnection())
        {
            timer.Lap("open the warehouse");
            var query = new QueryRunner(context.Engine, connection, timer);
            mart = MartReader.Read(query);
            models = ModelSnapshot.Read(query, options.TopRules);
            recommendations = RecommendationBuilder.Build(InsightReader.Read(connection, InsightRows.Products(mart), InsightRows.Countries(mart), InsightRows.Cohorts(mart)));
            timer.Lap("recommendations");
        }

        cancellationToken.ThrowIfCancellationRequested();
        warmUp.GetAwaiter().GetResult();
        timer.Lap("wait for the warm-up");
        var input = new WorkbookInput(mart, models, recommendations, options);
        IReadOnlyList<string> sheets = [];
        AtomicFile.Write(path, temporary => sheets = WorkbookBuilder.Write(temporary, input, timer));
        timer.Lap("rename into place");
        var result = new ExportResult(path, sheets, new FileInfo(path).Length, clock.Elapsed, timer.Steps);

        if (!mart.HasSales)
        {
            context.Console.MarkupLine("[yellow]note:[/] the warehouse has no sales yet; the sheets say so where their data is missing.");
        }
        else if (!models.HasRun)
        {
            context.Console.MarkupLine("[yellow]note:[/] no model run yet; the model sheets say so (run shopsmart-modeling train).");
        }

        context.Console.MarkupLineInterpolated(
            $"[green]Wrote[/] {result.Path} ({result.Sheets.Count} sheets, {result.Bytes / 1024.0:N0} KiB) in {result.Elapsed.TotalSeconds:0.00} s");
        return result;
    }

    public static ExportOptions BindOptions(IConfiguration configuration)
    {
        var options = new ExportOptions();
        configuration.GetSection(ExportOptions.SectionName).Bind(options);
        return options;
    }
}
