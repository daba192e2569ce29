using ShopSmart.Core.Engines;
using ShopSmart.Modeling.Data;
using ShopSmart.Modeling.Features;
using ShopSmart.Tests.Support;
using ShopSmart.Tests.Support.Engines;

namespace ShopSmart.Tests.Modeling;

/// <summary>
/// The customer features of customer_features.sql on lines loaded through the ETL, worked out by hand; and the
/// leakage guard: nothing on or after the cut-off changes a feature. Run on each engine, with the same figures.
/// </summary>
public abstract class CustomerFeaturesSuite<TEngine> : EngineTestBase<TEngine>
    where TEngine : TestEngine, new()
{
    private static readonly DateOnly Cutoff = new(2011, 3, 1);

    // Customer 12345 (United Kingdom):
    //   2011-01-03 invoice 540001: P1 10 x 2.50 = 25.00, P2 2 x 10.00 = 20.00; invoice 540002: P1 4 x 2.50 = 10.00  -> day revenue 55
    //   2011-02-10 invoice 540003: P3 1 x 100.00 = 100.00                                                       -> day revenue 100
    //   2011-02-12 C540004: P1 -2 x 2.50 = -5.00 (a cancellation)
    //   2011-03-15 invoice 540006: P2 1 x 10.00 (in the label window [2011-03-01, 2011-03-31))
    // Customer 12346 (France): first purchase on 2011-03-02, after the cut-off: no feature row.
    private static readonly string[] Before =
    [
        TestData.OnlineRetailHeader,
        "540001,P1,CANDLE,10,1/3/2011 10:00,2.5,12345,United Kingdom",
        "540001,P2,VASE,2,1/3/2011 10:00,10,12345,United Kingdom",
        "540002,P1,CANDLE,4,1/3/2011 15:00,2.5,12345,United Kingdom",
        "540003,P3,LAMP,1,2/10/2011 09:30,100,12345,United Kingdom",
        "C540004,P1,CANDLE,-2,2/12/2011 11:00,2.5,12345,United Kingdom",
        "540005,P1,CANDLE,1,3/2/2011 12:00,2.5,12346,France",
        "540006,P2,VASE,1,3/15/2011 12:00,10,12345,United Kingdom",
    ];

    // Lines on or after the cut-off only: at its first instant, later that day, and a cancellation of an old purchase.
    private static readonly string[] OnOrAfter =
    [
        TestData.OnlineRetailHeader,
        "540100,P3,LAMP,5,3/1/2011 00:00,100,12345,United Kingdom",
        "540101,P1,CANDLE,50,3/1/2011 09:00,2.5,12345,United Kingdom",
        "C540102,P3,LAMP,-1,3/20/2011 09:00,100,12345,United Kingdom",
    ];

    private static IReadOnlyList<CustomerFeatures> Features(WarehouseEngine engine, int horizon = 30)
    {
        using var warehouse = new ModelingWarehouse(engine);
        return warehouse.CustomerFeatures(Cutoff, horizon);
    }

    private static TestWarehouse Load(TempDirectory folder, params string[][] files)
    {
        var warehouse = NewWarehouse();
        for (var i = 0; i < files.Length; i++)
        {
            var path = TestData.WriteCsv(folder.File($"part{i}.csv"), files[i]);
            var load = warehouse.Etl("load", path);
            Assert.True(load.ExitCode == 0, load.Output);
        }

        return warehouse;
    }

    [SkippableFact]
    public void Features_and_labels_match_the_hand_computed_figures()
    {
        using var folder = new TempDirectory();
        using var warehouse = Load(folder, Before);

        var features = Features(warehouse.Engine);

        var a = Assert.Single(features);
        Assert.Equal("12345", a.CustomerId);
        Assert.Equal("United Kingdom", a.CountryName);
        Assert.Equal(19, a.RecencyDays);          // 2011-03-01 - 2011-02-10
        Assert.Equal(57, a.TenureDays);           // 2011-03-01 - 2011-01-03
        Assert.Equal(3, a.Frequency);             // 540001, 540002, 540003
        Assert.Equal(2, a.PurchaseDays);
        Assert.Equal(155.0, a.GrossRevenue, 6);   // 25 + 20 + 10 + 100
        Assert.Equal(150.0, a.Monetary, 6);       // 155 - 5
        Assert.Equal(155.0 / 3, a.AvgBasket, 6);
        Assert.Equal(3, a.DistinctProducts);
        Assert.Equal(17.0, a.Units, 6);           // 10 + 2 + 4 + 1
        Assert.Equal(5.0 / 155, a.ReturnRate, 6);
        Assert.Equal(38.0, a.IptMean!.Value, 6);  // one gap: 2011-01-03 -> 2011-02-10
        Assert.Null(a.IptStd);                    // a sample standard deviation needs two gaps
        Assert.Equal(0.0, a.Q4Share, 6);
        Assert.Equal(95.0, a.PreviousPeriodRevenue, 6); // [2011-01-30, 2011-03-01): 100 - 5
        Assert.Equal(1, a.PreviousPeriodOrders);
        Assert.Equal(1, a.RepeatPurchases);
        Assert.Equal(38, a.RepeatSpanDays);
        Assert.Equal(100.0, a.RepeatOrderValue!.Value, 6); // (155 - 55) / 1
        Assert.Equal(1, a.LabelOrders);           // 540006 on 2011-03-15
        Assert.Equal(10.0, a.LabelRevenue, 6);
    }

    [SkippableFact]
    public void A_transaction_on_or_after_the_cutoff_changes_no_feature()
    {
        // Given the same history with and without extra lines on or after the cut-off
        using var without = new TempDirectory();
        using var with = new TempDirectory();
        using var first = Load(without, Before);
        using var second = Load(with, Before, OnOrAfter);
        var before = Features(first.Engine).Single();
        var after = Features(second.Engine).Single();

        // Then every feature is the same; only the labels, which look at [T, T + H), see the new lines
        Assert.Equal(
            before with { LabelOrders = 0, LabelPurchaseDays = 0, LabelRevenue = 0 },
            after with { LabelOrders = 0, LabelPurchaseDays = 0, LabelRevenue = 0 });
        Assert.Equal(3, after.LabelOrders);                  // 540100, 540101, 540006
        Assert.Equal(10.0 + 500 + 125 - 100, after.LabelRevenue, 6);
    }

    [SkippableFact]
    public void Several_cutoffs_read_together_give_each_cutoffs_own_rows()
    {
        // Given the history and the later lines, and cut-offs before any purchase, between purchases and after them
        using var folder = new TempDirectory();
        using var warehouse = Load(folder, Before, OnOrAfter);
        DateOnly[] cutoffs = [new(2011, 1, 1), new(2011, 2, 11), Cutoff, new(2011, 3, 2), new(2011, 4, 1)];
        using var reader = new ModelingWarehouse(warehouse.Engine);

        // When they are read in one statement
        var together = reader.CustomerFeatures(cutoffs, 30);

        // Then each cut-off has exactly the rows a read of that cut-off alone gives, stamped with its date
        Assert.Equal(cutoffs.Order(), together.Keys.Order());
        foreach (var cutoff in cutoffs)
        {
            Assert.Equal(reader.CustomerFeatures(cutoff, 30), together[cutoff]);
            Assert.All(together[cutoff], f => Assert.Equal(cutoff, DateOnly.FromDateTime(f.Cutoff)));
        }

        Assert.Empty(together[new DateOnly(2011, 1, 1)]);
        Assert.Equal(2, together[new DateOnly(2011, 4, 1)].Count);

        // And a customer with two gaps (2011-01-03 -> 02-10 -> 03-01: 38 and 19 days) has the sample standard deviation
        var twoGaps = together[new DateOnly(2011, 3, 2)].Single(f => f.CustomerId == "12345");
        Assert.Equal(28.5, twoGaps.IptMean!.Value, 9);
        Assert.Equal(Math.Sqrt((9.5 * 9.5 * 2) / 1), twoGaps.IptStd!.Value, 9);
        Assert.Equal(2, twoGaps.PurchaseDays - 1);
    }

    [SkippableFact]
    public void The_feature_vector_has_one_value_per_named_feature()
    {
        using var folder = new TempDirectory();
        using var warehouse = Load(folder, Before);
        var customer = Features(warehouse.Engine).Single();

        var vector = CustomerFeatureVector.From(customer, "United Kingdom");

        Assert.Equal(CustomerFeatureVector.Names.Count, vector.Length);
        Assert.All(vector, v => Assert.True(float.IsFinite(v)));
        Assert.Equal(1f, vector[^1]); // is_home_country
    }
}
