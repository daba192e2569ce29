using ShopSmart.Core.Insights;
using ShopSmart.Core.Texts;

namespace ShopSmart.Tests.Insights;

public sealed class RecommendationBuilderTests
{
    private static SegmentSummary Segment(string name, int customers, double monetary, double recency = 30, int oneOrder = 0, double? clv = null, double? spend = null) =>
        new(name, customers, monetary, recency, oneOrder, clv is null && spend is null ? 0 : customers, clv, spend, spend is null ? null : 0.4);

    private static InsightInputs Inputs(
        IReadOnlyList<SegmentSummary>? segments = null, IReadOnlyList<RuleSummary>? rules = null, IReadOnlyList<CountrySummary>? countries = null,
        IReadOnlyList<ProductSummary>? products = null, double? retention = null, ModelContext? model = null) =>
        new(segments ?? [], rules ?? [], countries ?? [], products ?? [], retention, 100, model);

    private static ModelContext Trained(params string[] models) => new(7, 90, new DateOnly(2011, 12, 10), models.ToHashSet());

    [Fact]
    public void No_data_gives_no_recommendation()
    {
        Assert.Empty(RecommendationBuilder.Build(Inputs()));
    }

    [Fact]
    public void At_risk_customers_without_a_model_are_valued_at_what_they_spent()
    {
        // Given 3 At Risk customers who spent 600 and 1 Can't Lose Them who spent 400, with recencies 200 and 100 days
        var inputs = Inputs(segments:
        [
            Segment(SegmentNames.AtRisk, 3, 600, recency: 200),
            Segment(SegmentNames.CantLoseThem, 1, 400, recency: 100),
            Segment(SegmentNames.Champions, 4, 1000),
        ]);

        // When the recommendations are built
        var winBack = Assert.Single(RecommendationBuilder.Build(inputs), r => r.Kind == RecommendationKind.WinBack);

        // Then 4 customers, £1,000 at stake from history, mean recency (3×200 + 100) / 4 = 175 days, 1000/2000 of spend
        Assert.Equal(ValueBasis.History, winBack.Basis);
        Assert.Equal(1000, winBack.ExpectedValue);
        Assert.Equal(4, Figure(winBack, "customers").Number);
        Assert.Equal(175, Figure(winBack, "recency_days").Number);
        Assert.Equal(0.5, Figure(winBack, "spend_share").Number);
    }

    [Fact]
    public void At_risk_customers_with_a_clv_model_are_valued_at_their_predicted_clv()
    {
        // Given the same segments with a trained clv model predicting 250 + 50
        var inputs = Inputs(
            segments: [Segment(SegmentNames.AtRisk, 3, 600, clv: 250), Segment(SegmentNames.CantLoseThem, 1, 400, clv: 50)],
            model: Trained("clv"));

        var winBack = Assert.Single(RecommendationBuilder.Build(inputs), r => r.Kind == RecommendationKind.WinBack);

        Assert.Equal(ValueBasis.Model, winBack.Basis);
        Assert.Equal(300, winBack.ExpectedValue);
    }

    [Fact]
    public void Second_purchase_without_a_model_uses_the_cohort_repeat_rate_and_the_average_order_value()
    {
        // Given 10 New and Promising customers, a month-one repeat rate of 20% and an average order value of 100
        var inputs = Inputs(
            segments: [Segment(SegmentNames.New, 6, 300, oneOrder: 6), Segment(SegmentNames.Promising, 4, 200, oneOrder: 4), Segment(SegmentNames.Loyal, 10, 5000)],
            retention: 0.2);

        var second = Assert.Single(RecommendationBuilder.Build(inputs), r => r.Kind == RecommendationKind.SecondPurchase);

        // Then 10 × 0.2 × 100 = 200, and half the 20 customers have one order
        Assert.Equal(200, second.ExpectedValue, 9);
        Assert.Equal(0.5, Figure(second, "one_order_share").Number);
    }

    [Fact]
    public void Second_purchase_is_left_out_when_neither_a_model_nor_a_repeat_rate_can_value_it()
    {
        var inputs = Inputs(segments: [Segment(SegmentNames.New, 6, 300)]);

        Assert.DoesNotContain(RecommendationBuilder.Build(inputs), r => r.Kind == RecommendationKind.SecondPurchase);
    }

    [Fact]
    public void Cross_sell_takes_the_rules_worth_most_one_per_product_and_values_them_by_confidence()
    {
        // Given four rules, two of them towards the same product, and one that nobody is recommended
        RuleSummary Rule(int id, string consequent, double leverage, int customers) =>
            new(id, "A", "ALPHA", consequent, consequent + " DESC", 50, 0.01, 0.5, 3, leverage, customers, 20);
        var inputs = Inputs(
            rules: [Rule(1, "X", 0.02, 10), Rule(2, "X", 0.05, 30), Rule(3, "Y", 0.01, 40), Rule(4, "Z", 0.09, 0)],
            model: Trained("baskets"));

        var crossSell = RecommendationBuilder.Build(inputs).Where(r => r.Kind == RecommendationKind.CrossSell).ToList();

        // Then rule 3 (Y: 40 × 0.5 × 20 = 400), then rule 2 (X: 30 × 0.5 × 20 = 300, above rule 1's 100)
        Assert.Equal(["Y DESC", "X DESC"], crossSell.Select(r => r.Subject.Text));
        Assert.Equal(300, crossSell[1].ExpectedValue, 9);
    }

    [Fact]
    public void Cross_sell_needs_a_basket_model_run()
    {
        var inputs = Inputs(rules: [new(1, "A", "ALPHA", "X", "X DESC", 50, 0.01, 0.5, 3, 0.05, 10, 20)]);

        Assert.DoesNotContain(RecommendationBuilder.Build(inputs), r => r.Kind == RecommendationKind.CrossSell);
    }

    [Theory]
    [InlineData(0.30, 0.21, null)]
    [InlineData(0.16, 0.23, "unproven")]
    [InlineData(0.20, 0.20, "unproven")]
    public void A_cross_sell_whose_list_did_not_beat_popularity_asks_for_a_test_against_it(double model, double popularity, string? variant)
    {
        var inputs = Inputs(
            rules: [new(1, "A", "ALPHA", "X", "X DESC", 50, 0.01, 0.5, 3, 0.05, 10, 20)],
            model: Trained("baskets") with { CrossSellSuccess = (model, popularity) });

        var crossSell = Assert.Single(RecommendationBuilder.Build(inputs), r => r.Kind == RecommendationKind.CrossSell);

        Assert.Equal(variant, crossSell.ActionVariant);
        if (variant is not null)
        {
            var words = RecommendationText.Describe(crossSell, TextCatalog.For(TextCulture.English));
            Assert.Contains("did no better than the most popular products", words.Action, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Country_growth_picks_the_best_spending_customers_outside_the_largest_market()
    {
        // Given the home market, a rich country with too few customers to judge, and two others; France sells more,
        // but 4,000 of its 8,000 are guests' sales, which no customer counted spent
        var inputs = Inputs(countries:
        [
            new("United Kingdom", 100_000, 1000, 400, 60_000),
            new("Tiny", 9_000, 3, 1, 9_000),
            new("Netherlands", 6_000, 20, 5, 5_000),
            new("France", 8_000, 40, 10, 4_000),
        ]);

        var growth = Assert.Single(RecommendationBuilder.Build(inputs), r => r.Kind == RecommendationKind.CountryGrowth);

        // Then the Netherlands: 5,000 / 5 = 1,000 per customer, above France's 4,000 / 10 = 400 (not 8,000 / 10 = 800),
        // against the United Kingdom's 60,000 / 400 = 150
        Assert.Equal(CountryNames.Term("Netherlands"), growth.Subject); // a catalogue term, so the French report names it "Pays-Bas"
        Assert.Equal(1000, growth.ExpectedValue);
        Assert.True(growth.Figures.TryGet("home_per_customer", out var home));
        Assert.Equal(150, home.Number);
    }

    [Fact]
    public void Product_returns_flags_a_best_seller_cancelled_at_twice_the_overall_rate_or_more()
    {
        // Given cancellations of 95 on 1,000 (9.5%) overall: P1 at 5%, P2 at 20% (≥ 2 × 9.5%), P3 at 15%
        var inputs = Inputs(products:
        [
            new("P1", "ONE", 600, -30, 10, 1, "A"),
            new("P2", "TWO", 100, -20, 5, 3, "A"),
            new("P3", "THREE", 300, -45, 5, 2, "B"),
        ]);

        var returns = Assert.Single(RecommendationBuilder.Build(inputs), r => r.Kind == RecommendationKind.ProductReturns);

        Assert.Equal("TWO", returns.Subject.Text);
        Assert.Equal(20, returns.ExpectedValue);
        Assert.Equal(0.095, Figure(returns, "overall_rate").Number, 9);
    }

    [Fact]
    public void A_product_whose_sales_were_all_cancelled_is_no_best_seller_for_the_returns_check()
    {
        // Given one huge order cancelled in full, and 100 ordinary products, one of them often cancelled
        var products = Enumerable.Range(1, 100)
            .Select(i => new ProductSummary($"P{i:000}", $"PRODUCT {i}", 1_000 + i, i == 50 ? -400 : -10, 10, 0, "A"))
            .Append(new ProductSummary("BIG", "KEYING ERROR", 168_000, -168_000, 2, 1, "A"))
            .ToList();

        var returns = Assert.Single(RecommendationBuilder.Build(Inputs(products: products)), r => r.Kind == RecommendationKind.ProductReturns);

        // Then the often-cancelled ordinary product is flagged, not the order cancelled in full
        Assert.Equal("PRODUCT 50", returns.Subject.Text);
    }

    [Fact]
    public void Every_recommendation_reads_in_both_languages_with_every_placeholder_filled()
    {
        // Given inputs that trigger every kind, with and without models
        var segments = new[]
        {
            Segment(SegmentNames.AtRisk, 3, 600, clv: 250, spend: 30), Segment(SegmentNames.Champions, 2, 900, clv: 800, spend: 90),
            Segment(SegmentNames.New, 5, 100, oneOrder: 5, clv: 40, spend: 10),
        };
        var full = Inputs(
            segments, [new(1, "A", "ALPHA", "X", "X DESC", 50, 0.01, 0.5, 3, 0.05, 10, 20)],
            [new("United Kingdom", 100_000, 1000, 400, 90_000), new("France", 8_000, 40, 10, 8_000)],
            [new("P1", "ONE", 600, -5, 10, 1, "A"), new("P2", "TWO", 100, -20, 5, 2, "A")], 0.2, Trained("clv", "spend", "purchase_propensity", "baskets"));
        var unproven = full with { Model = full.Model! with { CrossSellSuccess = (0.16, 0.23) } };
        var recommendations = RecommendationBuilder.Build(full).Concat(RecommendationBuilder.Build(full with { Model = null }))
            .Concat(RecommendationBuilder.Build(unproven)).ToList();
        Assert.Contains(recommendations, r => r.ActionVariant == "unproven");
        Assert.Equal(Enum.GetValues<RecommendationKind>().Length, recommendations.Select(r => r.Kind).Distinct().Count());

        // When each is put into words in English and French, then nothing throws and no placeholder is left
        foreach (var culture in TextCulture.All)
        {
            var catalog = TextCatalog.For(culture);
            foreach (var words in recommendations.Select(r => RecommendationText.Describe(r, catalog)))
            {
                Assert.All(new[] { words.Title, words.Evidence, words.Action, words.ExpectedValue }, text => Assert.DoesNotContain("{", text, StringComparison.Ordinal));
            }
        }
    }

    private static TextValue Figure(Recommendation recommendation, string name) =>
        recommendation.Figures.TryGet(name, out var value) ? value : throw new KeyNotFoundException(name);
}
