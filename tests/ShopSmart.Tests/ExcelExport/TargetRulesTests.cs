using ShopSmart.ExcelExport.Data;
using ShopSmart.ExcelExport.Sheets;
using ShopSmart.ExcelExport.Targets;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>The target-list rules, CLV bands and metric tables on a handful of customers worked out by hand.</summary>
public sealed class TargetRulesTests
{
    private static CustomerScore Customer(string id, string segment = "Loyal", double monetary = 100, double? pBuy = null, double? clv = null) =>
        new(long.Parse(id, System.Globalization.CultureInfo.InvariantCulture), id, "United Kingdom", null, null, 10, 2, monetary, 50, segment, null,
            pBuy, pBuy is null ? null : 1 - pBuy, null, null, null, clv, null, null);

    [Fact]
    public void Win_back_takes_the_at_risk_segments_by_value_at_risk_then_past_spend()
    {
        // Churn = 1 - P(buy); value at risk = churn x CLV.
        var customers = new[]
        {
            Customer("1", "At Risk", 500, pBuy: 0.1, clv: 100),         // 0.9 x 100 = 90
            Customer("2", "Can't Lose Them", 900, pBuy: 0.6, clv: 400), // 0.4 x 400 = 160
            Customer("3", "Potential Loyalist", 50, pBuy: 0.2, clv: 900), // a recent buyer: never on the list
            Customer("4", "At Risk", 700),                              // not scored: after the scored, by spend
            Customer("5", "At Risk", 800),
            Customer("6", "New", 20, pBuy: 0.05, clv: 1_000),           // a first order, likely not repeated: not a win-back
        };

        Assert.Equal(["2", "1", "5", "4"], TargetRules.WinBack(customers).Select(c => c.CustomerId));
        Assert.Empty(TargetRules.WinBack([Customer("7", "Champions", pBuy: 0.1, clv: 500)]));
    }

    [Fact]
    public void The_win_back_list_warns_when_P_alive_is_near_certain_for_everyone()
    {
        CustomerScore WithPAlive(string id, double? pAlive) => Customer(id, "At Risk") with { PAlive = pAlive };

        Assert.NotNull(WinBackSheet.UninformativePAlive([WithPAlive("1", 0.999), WithPAlive("2", 1.0), WithPAlive("3", null)]));
        Assert.Null(WinBackSheet.UninformativePAlive([WithPAlive("1", 0.999), WithPAlive("2", 0.62)]));
        Assert.Null(WinBackSheet.UninformativePAlive([WithPAlive("1", null)])); // no model run
    }

    [Fact]
    public void Promotion_takes_P_buy_at_or_above_the_threshold_most_likely_first()
    {
        var customers = new[] { Customer("1", pBuy: 0.5), Customer("2", pBuy: 0.9), Customer("3", pBuy: 0.49), Customer("4") };

        Assert.Equal(["2", "1"], TargetRules.Promotion(customers, 0.5).Select(c => c.CustomerId));
    }

    [Fact]
    public void Loyalty_takes_the_Champions_by_spend()
    {
        var customers = new[] { Customer("1", "Champions", 50), Customer("2", "Loyal", 900), Customer("3", "Champions", 70) };

        Assert.Equal(["3", "1"], TargetRules.Loyalty(customers).Select(c => c.CustomerId));
    }

    [Fact]
    public void Cross_sell_joins_the_offer_to_its_rule_and_skips_unknown_customers()
    {
        var rule = new AssociationRule(4, "A", "PRODUCT A", 1, "B", "PRODUCT B", 10, 0.01, 0.4, 3);
        var offers = new[]
        {
            new NextBestProduct(1, "B", "PRODUCT B", 0.2, "rules", 4), new NextBestProduct(2, "C", "PRODUCT C", 0.9, "propensity", null),
            new NextBestProduct(99, "B", "PRODUCT B", 1.0, "rules", 4),
        };

        var targets = TargetRules.CrossSell([Customer("1"), Customer("2")], offers, [rule]);

        Assert.Equal([("2", (AssociationRule?)null), ("1", rule)], targets.Select(t => (t.Customer.CustomerId, t.Rule)));
    }

    [Fact]
    public void CLV_bands_count_each_value_once_and_stop_at_the_last_band_with_customers()
    {
        var bands = ClvBand.From([0, 49.99, 50, 120, 260, -5]);

        Assert.Equal(["£0–50", "£50–100", "£100–250", "£250–500"], bands.Select(b => b.Label));
        Assert.Equal([3L, 1L, 1L, 1L], bands.Select(b => b.Customers));
        Assert.Equal(44.99, bands[0].TotalClv, 9);
        Assert.Equal("£10,000+", ClvBand.From([12_000]).Last().Label);
        Assert.Empty(ClvBand.From([]));
    }

    [Fact]
    public void A_metric_table_puts_the_model_before_its_baselines_and_prefers_the_all_scope()
    {
        var metrics = new[]
        {
            new ModelMetric("m", "all", "roc_auc", "rule", true, 0.6), new ModelMetric("m", "all", "roc_auc", "model", false, 0.8),
            new ModelMetric("m", "all", "brier", "model", false, 0.1), new ModelMetric("m", "k=3", "roc_auc", "model", false, 0.5),
        };

        var pivot = MetricPivot.For("m", metrics)!;

        Assert.Equal("all", pivot.Scope);
        Assert.Equal(["model", "rule"], pivot.Candidates);
        Assert.Equal(["roc_auc", "brier"], pivot.Rows.Select(r => r.Metric));
        Assert.Equal([0.8, 0.6], pivot.Rows[0].Values);
        Assert.Equal([0.1, null], pivot.Rows[1].Values);
        Assert.Null(MetricPivot.For("other", metrics));
    }

    [Fact]
    public void Print_titles_become_absolute_as_LibreOffice_needs()
    {
        Assert.Equal("'Win-back list'!$1:$4", ShopSmart.ExcelExport.Layout.PrintTitles.Absolute("'Win-back list'!1:4"));
        Assert.Equal("Loyalty!$1:$4", ShopSmart.ExcelExport.Layout.PrintTitles.Absolute("Loyalty!$1:$4"));
    }
}
