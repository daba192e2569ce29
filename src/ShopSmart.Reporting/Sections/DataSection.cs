using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;

namespace ShopSmart.Reporting.Sections;

/// <summary>1. The data: source, size, period, columns, descriptive statistics and missing values.</summary>
public static class DataSection
{
    public const string Id = "data";

    public static Document.ReportSection Build(SectionContext context)
    {
        var data = context.Data;
        var section = context.Section(Id);
        var files = data.Quality.Where(q => q.Scope == "batch" && q.BatchStatus == "loaded" && q.Kind == "reconciliation" && q.Code == "rows_read")
            .OrderBy(q => q.BatchId)
            .Select(q => (File: Path.GetFileName(q.SourceFile ?? "?"), q.Rows))
            .ToList();
        section.Paragraph("data.intro", new TextArgs
        {
            { "files", TextValue.Count(files.Count) },
            { "rows", TextValue.Count(data.RowsRead) },
        });
        section.Bullets(FileList(context, files));

        if (data.Months.Count > 0)
        {
            var args = new TextArgs
            {
                { "first", TextValue.Month(data.Months[0].YearMonth) },
                { "last", TextValue.Month(data.Months[^1].YearMonth) },
                { "months", TextValue.Count(data.Months.Count) },
            };
            if (data.LastRevenueDay is { } lastDay)
            {
                args.Add("last_day", TextValue.Day(lastDay));
                section.Paragraph("data.period", args);
            }
            else
            {
                section.Paragraph("data.period_months", args);
            }
        }

        section.Paragraph("data.size", new TextArgs
        {
            { "lines", TextValue.Count(Column(data, "invoice_no")?.Rows ?? 0) },
            { "invoices", TextValue.Count(Column(data, "invoice_no")?.Distinct ?? 0) },
            { "products", TextValue.Count(Column(data, "stock_code")?.Distinct ?? 0) },
            { "customers", TextValue.Count(Column(data, "customer_id")?.Distinct ?? 0) },
            { "countries", TextValue.Count(Column(data, "country")?.Distinct ?? 0) },
        });

        section.Heading("data.columns.heading");
        section.Table(
            "data.columns.caption",
            [("col.column", false), ("col.type", false), ("col.distinct", true), ("col.missing", true), ("col.missing_pct", true)],
            data.Columns.Select(c => (IReadOnlyList<string>)
            [
                c.Name, context.T("type." + c.DataType), context.Count(c.Distinct), context.Count(c.Nulls), context.Percent(c.NullPct / 100),
            ]));

        var numeric = data.Columns.Where(c => c.Mean is not null).ToList();
        if (numeric.Count > 0)
        {
            section.Table(
                "data.stats.caption",
                [("col.column", false), ("col.mean", true), ("col.std_dev", true), ("col.min", true), ("col.p25", true), ("col.median", true), ("col.p75", true), ("col.max", true)],
                numeric.Select(c => (IReadOnlyList<string>)
                [
                    c.Name, Stat(context, c.Mean), Stat(context, c.StdDev), Stat(context, c.Min), Stat(context, c.P25), Stat(context, c.P50), Stat(context, c.P75), Stat(context, c.Max),
                ]));
            section.Note("data.stats.note");
        }

        section.Heading("data.missing.heading");
        var customer = Column(data, "customer_id");
        var description = Column(data, "description");
        if (customer is not null && description is not null)
        {
            section.Paragraph("data.missing", new TextArgs
            {
                { "loaded", TextValue.Count(customer.Rows) },
                { "customer_missing", TextValue.Count(customer.Nulls) },
                { "customer_pct", TextValue.Percent(customer.NullPct / 100) },
                { "description_missing", TextValue.Count(description.Nulls) },
                { "description_pct", TextValue.Percent(description.NullPct / 100, 2) },
            });
        }

        var complete = data.Columns.Where(c => c.Nulls == 0).Select(c => c.Name).ToList();
        if (complete.Count > 0)
        {
            section.Paragraph("data.complete", new TextArgs { { "columns", TextValue.Of(string.Join(", ", complete)) } });
        }

        return section.Build();
    }

    // A nightly warehouse holds a file a day: past this many, the list keeps the first and last few and counts the rest.
    public const int FilesListed = 12;

    /// <summary>One bullet per loaded file, in load order; from a year of nightly files, the first and last five.</summary>
    public static IReadOnlyList<string> FileList(SectionContext context, IReadOnlyList<(string File, long Rows)> files)
    {
        string Item((string File, long Rows) f) => context.T("data.file", new TextArgs { { "file", TextValue.Of(f.File) }, { "rows", TextValue.Count(f.Rows) } });
        if (files.Count <= FilesListed)
        {
            return files.Select(Item).ToList();
        }

        const int shown = 5;
        var middle = files.Skip(shown).Take(files.Count - (2 * shown)).ToList();
        return
        [
            .. files.Take(shown).Select(Item),
            context.T("data.files_more", new TextArgs { { "files", TextValue.Count(middle.Count) }, { "rows", TextValue.Count(middle.Sum(f => f.Rows)) } }),
            .. files.Skip(files.Count - shown).Select(Item),
        ];
    }

    private static ColumnProfile? Column(ReportData data, string name) => data.Columns.FirstOrDefault(c => c.Name == name);

    private static string Stat(SectionContext context, double? value) => value is null ? "—" : context.Number(value.Value);
}
