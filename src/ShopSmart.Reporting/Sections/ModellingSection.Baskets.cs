using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;
using ShopSmart.Reporting.Data;

namespace ShopSmart.Reporting.Sections;

/// <summary>Market baskets (FP-Growth rules) and next-best products.</summary>
public static partial class ModellingSection
{
    private const int RulesShown = 10;
    private const int FrequentRules = 100;
    private static readonly string[] RankingMetrics = ["precision@1", "precision@3", "precision@5", "success@1", "success@3", "success@5", "recall@5", "customers"];

    private static void Baskets(SectionContext context, SectionWriter section)
    {
        if (!Begin(context, section, "baskets", out _))
        {
            return;
        }

        var counts = context.Data.Modelling.Metrics.Where(m => m.Model == "baskets" && m.Value is not null).ToDictionary(m => m.Metric, m => m.Value!.Value, StringComparer.Ordinal);
        if (counts.TryGetValue("invoices", out var invoices) && counts.TryGetValue("rules", out var rules))
        {
            section.Paragraph("model.baskets.counts", new TextArgs
            {
                { "invoices", TextValue.Count(invoices) },
                { "itemsets", TextValue.Count(counts.GetValueOrDefault("itemsets")) },
                { "rules", TextValue.Count(rules) },
                { "min_count", TextValue.Count(counts.GetValueOrDefault("min_count")) },
            });
        }

        // The strongest of the frequent rules: a rule seen on few invoices can have a huge lift by chance.
        var shown = context.Data.Modelling.Rules
            .OrderByDescending(r => r.Invoices).ThenBy(r => r.RuleId).Take(FrequentRules)
            .OrderByDescending(r => r.Lift).ThenBy(r => r.RuleId).Take(RulesShown).ToList();
        if (shown.Count > 0)
        {
            section.Table(
                "model.baskets.rules.caption",
                [("col.if_bought", false), ("col.then", false), ("col.invoices", true), ("col.support", true), ("col.confidence", true), ("col.lift", true)],
                shown.Select(r => (IReadOnlyList<string>)
                [
                    r.Antecedent, r.Consequent, context.Count(r.Invoices), context.Percent(r.Support), context.Percent(r.Confidence), context.Number(r.Lift, 1),
                ]),
                new TextArgs { { "count", TextValue.Count(shown.Count) }, { "frequent", TextValue.Count(Math.Min(FrequentRules, context.Data.Modelling.Rules.Count)) } });
        }
    }

    private static void NextBestProduct(SectionContext context, SectionWriter section)
    {
        if (!Begin(context, section, "next_best_product", out var run))
        {
            return;
        }

        MetricsTable(context, section, "next_best_product", "all", RankingMetrics);
        // The grade stands, but not its usual advice ("use the best baseline instead"): that would send a cross-sell
        // list to a replenishment list. With both baselines measured, the paragraph after it tells their questions apart.
        var baselines = TwoBaselineValues(context, run);
        Verdict(context, section, run, advise: baselines is null);
        if (baselines is { } b)
        {
            TwoBaselines(context, section, b);
        }
    }

    /// <summary>
    /// The two baselines answer different questions: the model proposes only products the customer has not bought, as
    /// "popularity" does; "bought before" re-offers what they already buy. Said with the figures, so that a grade won
    /// against (or lost to) the replenishment list is not read as a verdict on the cross-sell list.
    /// </summary>
    private static (double Model, double Popular, double Bought)? TwoBaselineValues(SectionContext context, ModelRun run)
    {
        var rows = context.Data.Modelling.Metrics.Where(m => m.Model == "next_best_product" && m.Scope == "all" && m.Metric == TwoBaselinesMetric && m.Value is not null).ToList();
        var model = rows.FirstOrDefault(m => !m.IsBaseline && m.Candidate == run.Algorithm)?.Value;
        var popular = rows.FirstOrDefault(m => m.IsBaseline && m.Candidate == CandidateNames.Popularity)?.Value;
        var bought = rows.FirstOrDefault(m => m.IsBaseline && m.Candidate == CandidateNames.BoughtBefore)?.Value;
        return model is null || popular is null || bought is null ? null : (model.Value, popular.Value, bought.Value);
    }

    private const string TwoBaselinesMetric = "success@5";

    private static void TwoBaselines(SectionContext context, SectionWriter section, (double Model, double Popular, double Bought) values)
    {
        const string metric = TwoBaselinesMetric;
        section.Paragraph(values.Model > values.Popular ? "model.next_best_product.baselines.ahead" : "model.next_best_product.baselines.behind", new TextArgs
        {
            { "metric", TextValue.Of(MetricName(context, metric)) },
            { "value", TextValue.Of(MetricValue(context, metric, values.Model)) },
            { "popular", TextValue.Of(MetricValue(context, metric, values.Popular)) },
            { "bought", TextValue.Of(MetricValue(context, metric, values.Bought)) },
        });
    }
}
