using ShopSmart.Reporting.Document;

namespace ShopSmart.Reporting.Sections;

/// <summary>
/// 3. Exploration: distributions, relations, time, geography and products, cohorts and anomalies, each with a short
/// observation written from the numbers. One partial file per theme.
/// </summary>
public static partial class ExplorationSection
{
    public const string Id = "exploration";

    public static ReportSection Build(SectionContext context)
    {
        var section = context.Section(Id);
        section.Paragraph("explore.intro");
        Distributions(context, section);
        Relations(context, section);
        Time(context, section);
        Geography(context, section);
        Products(context, section);
        Cohorts(context, section);
        Anomalies(context, section);
        return section.Build();
    }
}
