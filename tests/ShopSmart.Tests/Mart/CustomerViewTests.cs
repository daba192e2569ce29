namespace ShopSmart.Tests.Mart;

/// <summary>Customer views on the hand-made fixture (lines listed in <see cref="MartFixture"/>).</summary>
public sealed class CustomerViewTests(MartFixture fixture) : IClassFixture<MartFixture>
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Rfm_measures_each_known_customer_from_the_day_after_the_last_invoice()
    {
        // Given the last invoice on 2011-02-14, so the reference date is 2011-02-15
        // When the RFM view is read
        var customers = fixture.Query("SELECT * FROM mart.v_customer_rfm ORDER BY customer_id");

        // Then only the three known customers appear (the guest line is left out)
        Assert.Equal(["12345", "12346", "12347"], customers.Select(c => c.Text("customer_id")));

        // And c1: last 2011-02-14 -> recency 1; first 2010-12-01 -> tenure 31 + 31 + 14 = 76;
        //     3 invoices; monetary = 25 + 25.50 + 50 + 17 + 12.75 + 250 - 10 = 370.25 (duplicate not counted);
        //     basket 380.25 / 3 = 126.75; products P1, P2, P3; return rate 10 / 380.25
        var c1 = customers[0];
        Assert.Equal(1, c1.Integer("recency_days"));
        Assert.Equal(76, c1.Integer("tenure_days"));
        Assert.Equal(3, c1.Integer("frequency"));
        Assert.Equal(370.25, c1.Number("monetary"), Tolerance);
        Assert.Equal(126.75, c1.Number("avg_basket"), Tolerance);
        Assert.Equal(3, c1.Integer("distinct_products"));
        Assert.Equal(10.0 / 380.25, c1.Number("return_rate"), Tolerance);

        // And c2: one order of 15.00 on 2010-12-02 -> recency 75; c3: one order of 102.00 on 2011-01-20 -> recency 26
        Assert.Equal((75, 1, 15.00), (customers[1].Integer("recency_days"), customers[1].Integer("frequency"), customers[1].Number("monetary")));
        Assert.Equal((26, 1, 102.00), (customers[2].Integer("recency_days"), customers[2].Integer("frequency"), customers[2].Number("monetary")));
    }

    [Fact]
    public void Rfm_scores_are_percent_rank_quintiles_where_ties_share_a_score_and_map_to_a_segment()
    {
        // Given three customers, scored 1 + floor(5 * percent_rank) capped at 5, percent_rank = (rank - 1) / (3 - 1):
        //   recency  c2 75, c3 26, c1 1        -> percent rank 0, 0.5, 1 -> R 1, 3, 5
        //   frequency c2 1, c3 1, c1 3         -> c2 and c3 tie at rank 1 -> 0, 0, 1 -> F 1, 1, 5
        //   monetary c2 15, c3 102, c1 370.25  -> 0, 0.5, 1 -> M 1, 3, 5
        //   FM = floor((F + M + 1) / 2)        -> c2 floor(1.5) = 1, c3 floor(2.5) = 2, c1 floor(5.5) = 5
        // When the RFM view is read
        var customers = fixture.Query("SELECT * FROM mart.v_customer_rfm ORDER BY customer_id")
            .ToDictionary(c => c.Text("customer_id")!);

        // Then c1 (R5, FM5) is a champion, c3 (R3, FM2) is about to sleep and c2 (R1, FM1) is lost;
        //     the two one-order customers share F = 1 whatever their ids
        Assert.Equal("555", customers["12345"].Text("rfm_score"));
        Assert.Equal("Champions", customers["12345"].Text("segment"));
        Assert.Equal("313", customers["12347"].Text("rfm_score"));
        Assert.Equal("About to Sleep", customers["12347"].Text("segment"));
        Assert.Equal("111", customers["12346"].Text("rfm_score"));
        Assert.Equal("Lost", customers["12346"].Text("segment"));
    }

    [Fact]
    public void Cohort_retention_follows_each_first_purchase_month()
    {
        // Given cohort 2010-12 = {c1, c2}; only c1 buys again in January (67.00) and February (262.75);
        //       cohort 2011-01 = {c3}
        // When the cohort view is read
        var cells = fixture.Query(
            "SELECT * FROM mart.v_cohort_retention ORDER BY cohort_month, months_since_first_purchase");

        // Then December's cohort of 2 keeps 1 customer (50%) in months 1 and 2; month 0 revenue 25 + 25.50 + 15 = 65.50
        Assert.Equal(
            [("2010-12", 0L), ("2010-12", 1L), ("2010-12", 2L), ("2011-01", 0L)],
            cells.Select(c => (c.Text("cohort_month")!, c.Integer("months_since_first_purchase"))));
        Assert.Equal(2, cells[0].Integer("cohort_size"));
        Assert.Equal(100.0, cells[0].Number("retention_pct"), Tolerance);
        Assert.Equal(65.50, cells[0].Number("revenue"), Tolerance);
        Assert.Equal(50.0, cells[1].Number("retention_pct"), Tolerance);
        Assert.Equal(67.00 / 2, cells[1].Number("revenue_per_cohort_customer"), Tolerance);
        Assert.Equal(1, cells[2].Integer("active_customers"));
        Assert.Equal(262.75 / 2, cells[2].Number("revenue_per_cohort_customer"), Tolerance);
        Assert.Equal(1, cells[3].Integer("cohort_size"));
    }

    [Fact]
    public void Correlation_matrix_has_ones_on_the_diagonal_and_matches_hand_computed_pairs()
    {
        // Given customer features frequency (3, 1, 1) and monetary (370.25, 15, 102) for c1, c2, c3
        // When the correlation view is read
        var pairs = fixture.Query("SELECT * FROM mart.v_correlation")
            .ToDictionary(p => (p.Text("feature_x")!, p.Text("feature_y")!));

        // Then 7 features make a 7 x 7 matrix, each feature correlates 1 with itself
        Assert.Equal(49, pairs.Count);
        foreach (var feature in new[] { "recency_days", "frequency", "monetary", "tenure_days", "avg_basket", "distinct_products", "return_rate" })
        {
            Assert.Equal(1.0, pairs[(feature, feature)].Number("pearson_r"), 1e-9);
        }

        // And Pearson(frequency, monetary): deviations f (4/3, -2/3, -2/3), m (207.8333, -147.4167, -60.4167);
        //     Sxy = 415.6667, Sxx = 24/9, Syy = 68576.5417 -> r = 415.6667 / sqrt(2.6667 * 68576.5417) = 0.97202
        Assert.Equal(0.97202, pairs[("frequency", "monetary")].Number("pearson_r"), 1e-4);
        Assert.Equal(0.97202, pairs[("monetary", "frequency")].Number("pearson_r"), 1e-4);

        // And Spearman: ranks f (3, 1.5, 1.5), m (3, 1, 2) -> r = 1.5 / sqrt(1.5 * 2) = 0.866025
        Assert.Equal(0.866025, pairs[("frequency", "monetary")].Number("spearman_r"), 1e-5);

        // And recency falls as monetary rises: ranks (1, 3, 2) vs (3, 1, 2) -> Spearman -1
        Assert.Equal(-1.0, pairs[("recency_days", "monetary")].Number("spearman_r"), 1e-9);
    }
}
