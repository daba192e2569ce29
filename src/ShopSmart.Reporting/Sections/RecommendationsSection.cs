using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Document;
using ShopSmart.Reporting.Observations;

namespace ShopSmart.Reporting.Sections;

/// <summary>
/// 5. Interpretation and recommendations: what the figures above add up to, then each recommendation of the shared
/// builder (the workbook's Recommendations sheet shows the same ones) in the reader's language.
/// </summary>
public static class RecommendationsSection
{
    public const string Id = "recommendations";

    public static ReportSection Build(SectionContext context)
    {
        var data = context.Data;
        var section = context.Section(Id);
        section.Heading("recs.interpretation.heading");
        var spend = data.Customers.Select(c => c.Monetary).ToList();
        if (ParetoPoint.Reach(spend, 0.8) is { } customers && data.Customers.Count > 0)
        {
            section.Paragraph("recs.interpretation.customers", new TextArgs
            {
                { "share", TextValue.Percent(customers.ItemShare) },
                { "customers", TextValue.Count(customers.Items) },
                { "one_order", TextValue.Percent((double)data.Customers.Count(c => c.Frequency == 1) / data.Customers.Count) },
            });
        }

        if (ParetoPoint.Reach(data.Products.Select(p => p.Revenue), 0.8) is { } products)
        {
            section.Paragraph("recs.interpretation.products", new TextArgs
            {
                { "share", TextValue.Percent(products.ItemShare) },
                { "products", TextValue.Count(products.Items) },
            });
        }

        section.Heading("recs.list.heading");
        var recommendations = RecommendationBuilder.Build(data.Insights);
        if (recommendations.Count == 0)
        {
            section.Paragraph("recs.none");
            return section.Build();
        }

        section.Paragraph("recs.intro", new TextArgs { { "count", TextValue.Count(recommendations.Count) } });
        var words = recommendations.Select(r => RecommendationText.Describe(r, context.Texts)).ToList();
        section.Table(
            "recs.table.caption",
            [("col.number", true), ("col.recommendation", false), ("col.expected_value", true), ("col.basis", false)],
            recommendations.Select((r, i) => (IReadOnlyList<string>)
            [
                (i + 1).ToString(context.Culture.Format), words[i].Title, context.MoneyCompact(r.ExpectedValue),
                context.T(r.Kind == RecommendationKind.CountryGrowth ? "recs.basis.per_customer" : r.Basis == ValueBasis.Model ? "recs.basis.model" : "recs.basis.history"),
            ]));
        for (var i = 0; i < words.Count; i++)
        {
            section.Add(new Heading(context.T("recs.item", new TextArgs { { "n", TextValue.Count(i + 1) }, { "title", TextValue.Of(words[i].Title) } })));
            section.Add(new Paragraph(words[i].Evidence, context.T("recs.evidence")));
            section.Add(new Paragraph(words[i].Action, context.T("recs.action")));
            section.Add(new Paragraph(words[i].ExpectedValue, context.T("recs.value")));
        }

        return section.Build();
    }
}
