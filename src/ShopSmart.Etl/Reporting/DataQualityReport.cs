using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Sql;
using ShopSmart.Etl.Loading;
using ShopSmart.Etl.Sources;
using Spectre.Console;

namespace ShopSmart.Etl.Reporting;

/// <summary>Reads a batch's data-quality summary from the warehouse and renders it for the console.</summary>
public sealed class DataQualityReport(WarehouseEngine engine)
{
    private readonly SqlCatalog _sql = new(typeof(DataQualityReport).Assembly, engine.Dialect);

    public DataQualitySummary Read(int batchId)
    {
        using var connection = engine.OpenConnection();
        var profile = connection.QuerySingle<BatchProfile>(_sql.Get("summary_profile"), new { batch_id = batchId });
        var rules = connection.Query<RuleCount>(_sql.Get("summary_rules"), new { batch_id = batchId }).ToList();
        return new DataQualitySummary(profile, rules);
    }

    /// <param name="name">How the console names the file (<see cref="SourceFile.Name"/>).</param>
    public static void Render(IAnsiConsole console, BatchOutcome outcome, DataQualitySummary summary, string name)
    {
        var p = summary.Profile;
        var reconciliation = new Table().Title($"Batch {outcome.BatchId}: {Markup.Escape(name)} ({outcome.Layout})")
            .AddColumns("", "rows", "quantity × price");
        reconciliation.AddRow("read from file", $"{outcome.RowsRead:N0}", $"{outcome.SourceValue:N2}");
        reconciliation.AddRow("loaded to dw.fact_sales", $"{outcome.RowsLoaded:N0}", $"{outcome.LoadedValue:N2}");
        reconciliation.AddRow("quarantined in etl.rejected_row", $"{outcome.RowsRejected:N0}", $"{outcome.RejectedValue:N2}");
        reconciliation.AddRow(
            "reconciled",
            outcome.RowsReconcile ? "[green]yes[/]" : "[red]NO[/]",
            outcome.ValueReconciles ? "[green]yes[/]" : "[red]NO[/]");
        console.Write(reconciliation);

        var profile = new Table().Title("Loaded lines").AddColumns("measure", "value");
        profile.AddRow("date range", p.FirstInvoiceAt is null ? "-" : $"{p.FirstInvoiceAt:yyyy-MM-dd HH:mm} to {p.LastInvoiceAt:yyyy-MM-dd HH:mm}");
        profile.AddRow("invoices", $"{p.Invoices:N0}");
        profile.AddRow("customers", $"{p.Customers:N0}");
        profile.AddRow("products (stock codes)", $"{p.Products:N0}");
        profile.AddRow("countries", $"{p.Countries:N0}");
        profile.AddRow("missing Description", Share(p.MissingDescription, p.Lines));
        profile.AddRow("missing CustomerID", Share(p.MissingCustomer, p.Lines));
        profile.AddRow("missing Country", Share(p.MissingCountry, p.Lines));
        console.Write(profile);

        var rules = new Table().Title("Rows per cleaning rule").AddColumns("rule", "rows", "share");
        foreach (var rule in summary.Rules)
        {
            rules.AddRow(Markup.Escape(rule.RuleCode), $"{rule.RowsMatched:N0}", $"{Percent(rule.RowsMatched, outcome.RowsRead)}");
        }

        console.Write(rules);
        if (outcome.MuchQuarantined)
        {
            console.MarkupLineInterpolated(
                $"[yellow]warning:[/] {outcome.QuarantinedOnRead:N0} of {outcome.RowsRead:N0} rows ({Percent(outcome.QuarantinedOnRead, outcome.RowsRead)}) were quarantined as the file was read: {outcome.QuarantineReasons}. They are in etl.rejected_row, left out of every figure; if the file was read wrongly, correct it (or the options it was read with) and load it again with --force.");
        }

        var overlap = summary.Rules.FirstOrDefault(r => r.RuleCode == "DUPLICATE_OF_EARLIER_BATCH")?.RowsMatched ?? 0;
        if (overlap > 0)
        {
            console.MarkupLineInterpolated(
                $"[yellow]warning:[/] {overlap:N0} line(s) were already loaded by earlier batches (overlapping files, or the same data in another format); they are flagged as duplicates and left out of every figure.");
        }
    }

    private static string Share(long count, long total) => $"{count:N0} ({Percent(count, total)})";

    private static string Percent(long count, long total) => total == 0 ? "-" : $"{100.0 * count / total:0.00}%";
}
