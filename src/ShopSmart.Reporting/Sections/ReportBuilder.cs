using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;
using ShopSmart.Reporting.Document;

namespace ShopSmart.Reporting.Sections;

/// <summary>Assembles the six chapters, in order, into the document every renderer writes.</summary>
public static class ReportBuilder
{
    public static ReportDocument Build(ReportData data, TextCulture culture, DateTimeOffset generatedAt)
    {
        var context = new SectionContext(data, TextCatalog.For(culture));
        var args = new TextArgs
        {
            { "generated", TextValue.Day(DateOnly.FromDateTime(generatedAt.UtcDateTime)) },
            { "warehouse", TextValue.Of(data.Warehouse) },
        };
        var labels = new DocumentLabels(culture.Name, context.T("report.contents"), context.T("report.figure"), context.T("report.table"), context.T("report.caption_separator"));
        if (data.IsEmpty)
        {
            var empty = context.Section(DataSection.Id).Warning("report.empty").Build();
            return new ReportDocument(context.T("report.title"), context.T("report.subtitle_empty", args), labels, [empty]);
        }

        args.Add("last_day", data.LastRevenueDay is { } lastDay ? TextValue.Day(lastDay) : TextValue.Month(data.Months[^1].YearMonth));
        return new ReportDocument(
            context.T("report.title"),
            context.T("report.subtitle", args),
            labels,
            [
                DataSection.Build(context),
                PreparationSection.Build(context),
                ExplorationSection.Build(context),
                ModellingSection.Build(context),
                RecommendationsSection.Build(context),
                LimitsSection.Build(context),
            ]);
    }
}
