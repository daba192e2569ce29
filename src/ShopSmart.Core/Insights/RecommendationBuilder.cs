using ShopSmart.Core.Texts;
using static ShopSmart.Core.Insights.SegmentNames;

namespace ShopSmart.Core.Insights;

/// <summary>
/// Builds the recommendations from the data: each rule below looks for its situation in <see cref="InsightInputs"/>
/// and, only when the data shows it, emits a <see cref="Recommendation"/> carrying the figures it found. Other data
/// gives other recommendations, or fewer; nothing here holds a figure of its own except the thresholds that decide
/// whether a situation is worth a recommendation.
/// </summary>
public static class RecommendationBuilder
{
    /// <summary>Cross-sell recommendations, at most, each for a different product.</summary>
    public const int MaxCrossSell = 3;

    /// <summary>A country's mean per customer is taken seriously from this many customers up.</summary>
    public const int MinCountryCustomers = 5;

    /// <summary>Products considered for the returns check: the best sellers by revenue net of cancellations.</summary>
    public const int ReturnsTopProducts = 100;

    /// <summary>A product's cancellation rate must be at least this multiple of the overall rate to be flagged.</summary>
    public const double ReturnsRateMultiple = 2;

    public static IReadOnlyList<Recommendation> Build(InsightInputs inputs)
    {
        var recommendations = new List<Recommendation>();
        AddIfAny(recommendations, SegmentGroup(inputs, RecommendationKind.WinBack, [.. WinBack], "clv"));
        AddIfAny(recommendations, SegmentGroup(inputs, RecommendationKind.ProtectBest, [Champions, Loyal], "clv"));
        AddIfAny(recommendations, SecondPurchase(inputs));
        recommendations.AddRange(CrossSell(inputs));
        AddIfAny(recommendations, CountryGrowth(inputs));
        AddIfAny(recommendations, ProductReturns(inputs));
        return recommendations;
    }

    private static void AddIfAny(List<Recommendation> list, Recommendation? recommendation)
    {
        if (recommendation is not null)
        {
            list.Add(recommendation);
        }
    }

    // A group of RFM segments: size, past spend and share; the model's 12-month CLV when the clv model ran.
    private static Recommendation? SegmentGroup(InsightInputs inputs, RecommendationKind kind, string[] names, string model)
    {
        var group = inputs.Segments.Where(s => names.Contains(s.Segment)).ToList();
        var customers = group.Sum(s => s.Customers);
        if (customers == 0)
        {
            return null;
        }

        var allCustomers = inputs.Segments.Sum(s => s.Customers);
        var allSpend = inputs.Segments.Sum(s => s.Monetary);
        var spend = group.Sum(s => s.Monetary);
        var scored = group.Sum(s => s.ScoredCustomers);
        var figures = new TextArgs
        {
            { "customers", TextValue.Count(customers) },
            { "segment_a", Term(names[0]) },
            { "segment_b", Term(names[1]) },
            { "past_spend", TextValue.Money(spend) },
            { "customer_share", TextValue.Percent(allCustomers == 0 ? 0 : (double)customers / allCustomers) },
            { "spend_share", TextValue.Percent(allSpend == 0 ? 0 : spend / allSpend) },
            { "recency_days", TextValue.Count(group.Sum(s => s.MeanRecencyDays * s.Customers) / customers) },
        };

        var clv = group.Sum(s => s.Clv ?? 0);
        if (ModelRan(inputs, model) && scored > 0 && group.Any(s => s.Clv is not null))
        {
            return new Recommendation(kind, GroupSubject(names), figures, clv, ValueBasis.Model);
        }

        return new Recommendation(kind, GroupSubject(names), figures, spend, ValueBasis.History);
    }

    // New and Promising customers: worth a second order. Model: their predicted spend over the horizon. History:
    // as many second orders as the month-one repeat rate of earlier cohorts, at the average order value.
    private static Recommendation? SecondPurchase(InsightInputs inputs)
    {
        var group = inputs.Segments.Where(s => s.Segment is New or Promising).ToList();
        var customers = group.Sum(s => s.Customers);
        var allCustomers = inputs.Segments.Sum(s => s.Customers);
        if (customers == 0 || allCustomers == 0)
        {
            return null;
        }

        var figures = new TextArgs
        {
            { "customers", TextValue.Count(customers) },
            { "segment_a", Term(New) },
            { "segment_b", Term(Promising) },
            { "one_order_share", TextValue.Percent((double)inputs.Segments.Sum(s => s.OneOrderCustomers) / allCustomers) },
            { "average_order_value", TextValue.Money(inputs.AverageOrderValue) },
        };

        var subject = GroupSubject([New, Promising]);
        if (ModelRan(inputs, "spend") && ModelRan(inputs, "purchase_propensity") && inputs.Model is { } model
            && group.Any(s => s.PredictedSpend is not null) && group.Any(s => s.MeanPBuy is not null))
        {
            figures.Add("horizon_days", TextValue.Count(model.HorizonDays));
            figures.Add("p_buy", TextValue.Percent(Weighted(group, s => s.MeanPBuy)));
            return new Recommendation(RecommendationKind.SecondPurchase, subject, figures, group.Sum(s => s.PredictedSpend ?? 0), ValueBasis.Model);
        }

        if (inputs.MonthOneRetention is not { } retention)
        {
            return null;
        }

        figures.Add("retention", TextValue.Percent(retention));
        return new Recommendation(
            RecommendationKind.SecondPurchase, subject, figures, customers * retention * inputs.AverageOrderValue, ValueBasis.History);
    }

    // The rules the next-best-product model acts on that are worth the most: recommended customers × confidence ×
    // revenue per order of the product; leverage (co-occurrence above chance) breaks ties.
    private static IEnumerable<Recommendation> CrossSell(InsightInputs inputs)
    {
        if (!ModelRan(inputs, "baskets"))
        {
            return [];
        }

        // When the list the customers come from does no better on the hold-out than offering the most popular products
        // they lack, the action says so and asks for a test against that simpler list.
        var unproven = inputs.Model?.CrossSellSuccess is { } success && success.Model <= success.Popularity ? success : ((double Model, double Popularity)?)null;
        return inputs.Rules
            .Where(r => r.RecommendedCustomers > 0 && r.ConsequentRevenuePerOrder is > 0 && r.Lift > 1)
            .OrderByDescending(r => r.RecommendedCustomers * r.Confidence * r.ConsequentRevenuePerOrder!.Value)
            .ThenByDescending(r => r.Leverage).ThenBy(r => r.RuleId)
            .DistinctBy(r => r.ConsequentCode)
            .Take(MaxCrossSell)
            .Select(r => new Recommendation(
                RecommendationKind.CrossSell,
                TextValue.Of(r.ConsequentDescription),
                new TextArgs
                {
                    { "antecedent", TextValue.Of(r.AntecedentDescriptions) },
                    { "consequent", TextValue.Of(r.ConsequentDescription) },
                    { "confidence", TextValue.Percent(r.Confidence) },
                    { "lift", TextValue.Decimal(r.Lift, 1) },
                    { "invoices", TextValue.Count(r.Invoices) },
                    { "customers", TextValue.Count(r.RecommendedCustomers) },
                    { "line_value", TextValue.Money(r.ConsequentRevenuePerOrder!.Value) },
                    { "model_success", TextValue.Percent(unproven?.Model ?? 0) },
                    { "popular_success", TextValue.Percent(unproven?.Popularity ?? 0) },
                },
                r.RecommendedCustomers * r.Confidence * r.ConsequentRevenuePerOrder.Value,
                ValueBasis.Model)
            {
                ActionVariant = unproven is null ? null : "unproven",
            });
    }

    // Outside the largest market, the country whose customers have each spent the most.
    private static Recommendation? CountryGrowth(InsightInputs inputs)
    {
        var home = inputs.Countries.MaxBy(c => c.GrossRevenue);
        var best = inputs.Countries
            .Where(c => c != home && c.Customers >= MinCountryCustomers && c.CustomerRevenue > 0 && c.Orders > 0)
            .MaxBy(c => c.PerCustomer);
        if (home is null || best is null)
        {
            return null;
        }

        var perCustomer = best.PerCustomer;
        return new Recommendation(
            RecommendationKind.CountryGrowth,
            CountryNames.Term(best.Country),
            new TextArgs
            {
                { "country", CountryNames.Term(best.Country) },
                { "home", CountryNames.Term(home.Country) },
                { "customers", TextValue.Count(best.Customers) },
                { "min_customers", TextValue.Count(MinCountryCustomers) },
                { "revenue", TextValue.Money(best.CustomerRevenue) },
                { "per_customer", TextValue.Money(perCustomer) },
                { "home_per_customer", TextValue.Money(home.PerCustomer) },
                { "order_value", TextValue.Money(best.GrossRevenue / best.Orders) },
                { "average_order_value", TextValue.Money(inputs.AverageOrderValue) },
            },
            perCustomer,
            ValueBasis.History);
    }

    // Among the best sellers, the product with the most cancelled value whose cancellation rate stands out from
    // theirs. Best sellers net of cancellations: a huge order cancelled in full (a keying error) sold nothing, and
    // would also swamp the rate it is compared with.
    private static Recommendation? ProductReturns(InsightInputs inputs)
    {
        var best = inputs.Products
            .Where(p => p.Revenue > 0)
            .OrderByDescending(p => p.Revenue + p.CancellationValue).ThenBy(p => p.StockCode, StringComparer.Ordinal)
            .Take(ReturnsTopProducts)
            .ToList();
        var revenue = best.Sum(p => p.Revenue);
        if (revenue <= 0)
        {
            return null;
        }

        var overall = -best.Sum(p => Math.Min(p.CancellationValue, 0)) / revenue;
        var worst = best
            .Where(p => p.CancellationValue < 0 && -p.CancellationValue / p.Revenue >= ReturnsRateMultiple * overall)
            .OrderBy(p => p.CancellationValue).ThenBy(p => p.StockCode, StringComparer.Ordinal)
            .FirstOrDefault();
        if (worst is null)
        {
            return null;
        }

        return new Recommendation(
            RecommendationKind.ProductReturns,
            TextValue.Of(worst.Description),
            new TextArgs
            {
                { "product", TextValue.Of(worst.Description) },
                { "stock_code", TextValue.Of(worst.StockCode) },
                { "revenue", TextValue.Money(worst.Revenue) },
                { "cancelled", TextValue.Money(-worst.CancellationValue) },
                { "return_rate", TextValue.Percent(-worst.CancellationValue / worst.Revenue) },
                { "overall_rate", TextValue.Percent(overall) },
                { "best_sellers", TextValue.Count(best.Count) },
            },
            -worst.CancellationValue,
            ValueBasis.History);
    }

    private static bool ModelRan(InsightInputs inputs, string model) => inputs.Model?.TrainedModels.Contains(model) == true;

    private static double Weighted(IEnumerable<SegmentSummary> group, Func<SegmentSummary, double?> value)
    {
        var scored = group.Where(s => value(s) is not null && s.ScoredCustomers > 0).ToList();
        var weight = scored.Sum(s => s.ScoredCustomers);
        return weight == 0 ? 0 : scored.Sum(s => value(s)!.Value * s.ScoredCustomers) / weight;
    }

    private static TextValue GroupSubject(string[] names) => TextValue.Term("insight.group." + string.Join('+', names.Select(n => TermKey(n)[8..])));
}
