using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Reporting.Sections;

/// <summary>2. Preparation: each cleaning rule and the lines it touched, the quarantine, the reconciliation.</summary>
public static class PreparationSection
{
    public const string Id = "preparation";

    public static Document.ReportSection Build(SectionContext context)
    {
        var data = context.Data;
        var section = context.Section(Id);
        var read = Math.Max(data.RowsRead, 1);
        section.Paragraph("prep.intro");

        var rules = data.Overall("rule").Where(r => r.Rows > 0).OrderByDescending(r => r.Rows).ThenBy(r => r.Code, StringComparer.Ordinal).ToList();
        section.Heading("prep.rules.heading");
        section.Table(
            "prep.rules.caption",
            [("col.rule", false), ("col.what_it_does", false), ("col.lines", true), ("col.share_of_lines", true)],
            rules.Select(r => (IReadOnlyList<string>)[r.Code, RuleText(context, r.Code), context.Count(r.Rows), context.Percent((double)r.Rows / read)]));

        var flagged = rules.Where(r => r.Code != "CLEAN_SALE").ToList();
        if (flagged.Count > 0)
        {
            section.Figure("prep.rules.figure", () => Charts.Bars(
                context.T("prep.rules.chart.title"), context.T("prep.rules.chart.x"),
                flagged.Select(r => r.Code).ToList(), flagged.Select(r => (double)r.Rows / read).ToList(), context.Percent0));
        }

        var clean = data.RuleCount("CLEAN_SALE");
        section.Paragraph("prep.clean", new TextArgs
        {
            { "clean", TextValue.Count(clean) },
            { "clean_share", TextValue.Percent((double)clean / read) },
            { "cancellations", TextValue.Count(data.RuleCount("CANCELLATION")) },
            { "linked", TextValue.Count(data.RuleCount("CANCELLATION_LINKED")) },
            { "duplicates", TextValue.Count(data.RuleCount("DUPLICATE")) },
            { "guests", TextValue.Count(data.RuleCount("MISSING_CUSTOMER")) },
            { "guest_share", TextValue.Percent((double)data.RuleCount("MISSING_CUSTOMER") / read) },
        });

        section.Heading("prep.quarantine.heading");
        var rejected = data.Overall("rejected").Where(r => r.Rows > 0).OrderByDescending(r => r.Rows).ToList();
        if (rejected.Count == 0)
        {
            section.Paragraph("prep.quarantine.none");
        }
        else
        {
            section.Paragraph("prep.quarantine.some", new TextArgs { { "rows", TextValue.Count(rejected.Sum(r => r.Rows)) } });
            section.Table(
                "prep.quarantine.caption",
                [("col.reason", false), ("col.what_it_does", false), ("col.lines", true), ("col.value", true)],
                rejected.Select(r => (IReadOnlyList<string>)[r.Code.Replace("rejected:", string.Empty, StringComparison.Ordinal), RuleText(context, r.Code), context.Count(r.Rows), r.Value is null ? "—" : context.Money(r.Value.Value)]));
        }

        section.Heading("prep.reconciliation.heading");
        var reconciliation = data.Overall("reconciliation").ToDictionary(r => r.Code, StringComparer.Ordinal);
        if (reconciliation.TryGetValue("rows_read", out var total)
            && reconciliation.TryGetValue("rows_loaded", out var loaded)
            && reconciliation.TryGetValue("rows_rejected", out var quarantined))
        {
            section.Table(
                "prep.reconciliation.caption",
                [("col.measure", false), ("col.lines", true), ("col.value", true)],
                new[] { total, loaded, quarantined }.Select(r => (IReadOnlyList<string>)
                    [context.T("reconciliation." + r.Code), context.Count(r.Rows), r.Value is null ? "—" : context.Money(r.Value.Value, 2)]));
            var args = new TextArgs
            {
                { "read", TextValue.Count(total.Rows) },
                { "loaded", TextValue.Count(loaded.Rows) },
                { "rejected", TextValue.Count(quarantined.Rows) },
            };
            if (total.IsReconciled)
            {
                section.Paragraph("prep.reconciled", args);
            }
            else
            {
                section.Warning("prep.not_reconciled", args);
            }
        }

        return section.Build();
    }

    /// <summary>The catalogue's description of a rule or quarantine code; a code the catalogue does not know is shown as "—".</summary>
    private static string RuleText(SectionContext context, string code) =>
        context.Texts.GetOrDefault("rule." + code.ToLowerInvariant().Replace(':', '.'), "—");
}
