namespace ShopSmart.Tests.Mart;

/// <summary>Profiling, data-quality and distribution views on the hand-made fixture (see <see cref="MartFixture"/>).</summary>
public sealed class ProfileViewTests(MartFixture fixture) : IClassFixture<MartFixture>
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Column_profile_counts_nulls_and_distincts_and_summarises_numeric_columns()
    {
        // Given 12 loaded lines of which one is a duplicate: 11 lines are profiled
        // When the column profile is read
        var columns = fixture.Query("SELECT * FROM mart.v_column_profile ORDER BY column_position")
            .ToDictionary(c => c.Text("column_name")!);

        // Then all eight source columns are there, each over 11 rows
        Assert.Equal(
            ["invoice_no", "stock_code", "description", "quantity", "invoice_date", "unit_price", "customer_id", "country"],
            columns.Keys);
        Assert.All(columns.Values, c => Assert.Equal(11, c.Integer("row_count")));

        // And the guest line has no customer and no description: 1 null of 11 = 9.09%
        Assert.Equal(1, columns["customer_id"].Integer("null_count"));
        Assert.Equal(100.0 / 11, columns["customer_id"].Number("null_pct"), Tolerance);
        Assert.Equal(3, columns["customer_id"].Integer("distinct_count"));
        Assert.Equal(1, columns["description"].Integer("null_count"));
        Assert.Equal(7, columns["invoice_no"].Integer("distinct_count"));

        // And quantity, sorted: -4 1 1 1 2 4 6 8 10 20 100 -> min -4, max 100, mean 149 / 11,
        //     p25 at position 2.5 = 1, p50 = 4, p75 at position 7.5 = (8 + 10) / 2 = 9
        var quantity = columns["quantity"];
        Assert.Equal(-4, quantity.Number("min_value"), Tolerance);
        Assert.Equal(100, quantity.Number("max_value"), Tolerance);
        Assert.Equal(149.0 / 11, quantity.Number("mean_value"), Tolerance);
        Assert.Equal(1, quantity.Number("p25"), Tolerance);
        Assert.Equal(4, quantity.Number("p50"), Tolerance);
        Assert.Equal(9, quantity.Number("p75"), Tolerance);

        // And text columns carry no numeric statistics
        Assert.True(columns["country"].IsNull("mean_value"));
        Assert.Equal(18.00, columns["unit_price"].Number("max_value"), Tolerance);
    }

    [Fact]
    public void Data_quality_lists_each_rule_and_quarantine_reason_once_per_batch_and_overall()
    {
        // Given part 1 loaded (batch 1), part 2 (batch 2), then part 1 again with --force (batch 3; batch 1 replaced)
        // When the data-quality view is read
        var rows = fixture.Query("SELECT * FROM mart.v_data_quality");

        // Then every batch lists each rule code once: a quarantine reason appears once, as the REJECTED:<reason> rule
        // the ETL counted, with the value of its rows from etl.rejected_row
        var perBatch = rows.Where(r => r.Text("scope") == "batch").GroupBy(r => (r.Integer("batch_id"), r.Text("rule_code")));
        Assert.All(perBatch, g => Assert.Single(g));
        var batchThree = rows.Where(r => r.Text("scope") == "batch" && r.Integer("batch_id") == 3).ToDictionary(r => r.Text("rule_code")!);
        Assert.Equal(1, batchThree["DUPLICATE"].Integer("row_count"));
        Assert.Equal("rule", batchThree["DUPLICATE"].Text("measure_kind"));
        var badDate = batchThree["REJECTED:BAD_DATE"];
        Assert.Equal(("rejected", 1L), (badDate.Text("measure_kind"), badDate.Integer("row_count")));
        Assert.Equal(5.00, badDate.Number("value_amount"), Tolerance);
        Assert.Equal(1.0 / 12, badDate.Number("share_of_rows_read"), Tolerance);
        Assert.Equal(1, batchThree["REJECTED:BAD_QUANTITY"].Integer("row_count"));
        Assert.True(batchThree["REJECTED:BAD_QUANTITY"].IsNull("value_amount"));
        Assert.DoesNotContain(rows, r => r.Text("rule_code")!.StartsWith("rejected:", StringComparison.Ordinal));
        Assert.True(batchThree["rows_read"].Flag("is_reconciled"));

        // And the replaced batch keeps only its reconciliation figures (its counts went with its rows)
        Assert.Equal(
            ["rows_loaded", "rows_read", "rows_rejected"],
            rows.Where(r => r.Text("scope") == "batch" && r.Integer("batch_id") == 1).Select(r => r.Text("rule_code")).Order());

        // And the overall rows (batch_id NULL) add up the loaded batches 2 and 3 only: BAD_DATE 1 + 1 = 2 rows worth
        //     5.00 + 4.50 = 9.50, cancellation 1, rows read 12 + 3 = 15 (not 27 with the replaced batch), all reconciled
        var overall = rows.Where(r => r.Text("scope") == "overall").ToDictionary(r => r.Text("rule_code")!);
        Assert.All(overall.Values, r => Assert.True(r.IsNull("batch_id")));
        Assert.Equal(1, overall["CANCELLATION"].Integer("row_count"));
        Assert.Equal(2, overall["REJECTED:BAD_DATE"].Integer("row_count"));
        Assert.Equal(9.50, overall["REJECTED:BAD_DATE"].Number("value_amount"), Tolerance);
        Assert.Equal(15, overall["rows_read"].Integer("row_count"));
        Assert.True(overall["rows_read"].Flag("is_reconciled"));
    }

    [Fact]
    public void Anomalies_flag_the_outlier_quantity_line_and_the_outlier_day()
    {
        // Given clean-line quantities 1 1 2 4 6 8 10 20 100, scored on log10:
        //       0 0 0.30103 0.60206 0.77815 0.90309 1 1.30103 2 -> median 0.77815 = log10 6,
        //       absolute deviations 0.77815 0.77815 0.47712 0.17609 0 0.12494 0.22185 0.52288 1.22185,
        //       sorted 0 0.12494 0.17609 0.22185 0.47712 0.52288 0.77815 0.77815 1.22185 -> MAD 0.47712 = log10 3,
        //       so line 12 (100 units) scores log10(100 / 6) / (1.4826 * log10 3) = 1.22185 / 0.70738 = 1.727 only
        //       (the cut-off 3.5 is at 6 * 10^(3.5 * 0.70738) = 1794.7 units);
        //   and daily revenue 27.75 50.50 67.00 102.00 262.75, on its linear scale: median 67,
        //       absolute deviations 39.25 16.50 0 35 195.75 -> MAD 35,
        //       so 2011-02-14 scores (262.75 - 67) / (1.4826 * 35) = 195.75 / 51.891 = 3.772 > 3.5
        // When the anomaly view is read
        var anomalies = fixture.Query("SELECT * FROM mart.v_anomalies ORDER BY anomaly_type");

        // Then only the day stands out: the 100-unit line is an ordinary wholesale line on the log scale,
        //     and unit prices are constant within each product, so none is flagged
        var day = Assert.Single(anomalies);
        Assert.Equal("daily_revenue", day.Text("anomaly_type"));
        Assert.Equal(20110214, day.Integer("date_key"));
        Assert.True(day.IsNull("sales_line_key"));
        Assert.Equal(262.75, day.Number("observed_value"), Tolerance);
        Assert.Equal(67, day.Number("median_value"), Tolerance);
        Assert.Equal(35, day.Number("mad_value"), Tolerance);
        Assert.Equal(195.75 / (1.4826 * 35), day.Number("robust_z"), 1e-6);
        Assert.DoesNotContain("log10", day.Text("reason"), StringComparison.Ordinal);

        // Given the same lines in a warehouse of their own, except that line 12 is 6000 units (6000 x 2.50 = 15000.00):
        //       the logs are unchanged but for log10 6000 = 3.77815, so the median stays log10 6 and the MAD log10 3
        //       (line 12's deviation 3 = log10(6000 / 6) is still the largest of the nine),
        //       and line 12 scores 3 / (1.4826 * log10 3) = 3 / 0.70738 = 4.241 > 3.5, the next largest (20) 0.739;
        //   and 2011-02-14 now takes 12.75 + 15000.00 = 15012.75: median 67, MAD still 35 (deviations 39.25 16.50 0 35
        //       14945.75), so it scores 14945.75 / (1.4826 * 35) = 288.02
        using var wholesale = MartFixture.WithVariation(partTwo: lines => lines.Select(l => l.Replace(",100,", ",6000,", StringComparison.Ordinal)));

        // When the anomaly view is read
        var flagged = wholesale.Query("SELECT * FROM mart.v_anomalies ORDER BY anomaly_type");

        // Then exactly line 12 and that day stand out, the line shown on the raw scale with the MAD of the logs
        Assert.Equal(["daily_revenue", "quantity"], flagged.Select(a => a.Text("anomaly_type")));
        var line = flagged[1];
        Assert.Equal(6000, wholesale.Query($"SELECT quantity FROM dw.fact_sales WHERE sales_line_key = {line.Integer("sales_line_key")}")[0].Integer("quantity"));
        Assert.Equal(20110214, line.Integer("date_key"));
        Assert.Equal("536201", line.Text("invoice_no"));
        Assert.Equal("85123A", line.Text("stock_code"));
        Assert.Equal(6000, line.Number("observed_value"), Tolerance);
        Assert.Equal(6, line.Number("median_value"), Tolerance);
        Assert.Equal(Math.Log10(3), line.Number("mad_value"), Tolerance);
        Assert.Equal(3 / (1.4826 * Math.Log10(3)), line.Number("robust_z"), 1e-6);
        Assert.Equal(
            "quantity far above the median of all clean lines (|robust z| beyond the ETL's outlier cut-off, on a log10 scale)",
            line.Text("reason"));
        Assert.Equal(20110214, flagged[0].Integer("date_key"));
        Assert.Equal(14945.75 / (1.4826 * 35), flagged[0].Number("robust_z"), 1e-6);
    }

    [Fact]
    public void Unit_price_anomalies_need_a_price_far_from_the_products_usual_one_even_when_its_price_never_varies()
    {
        // Given product 21730 (line 7, 4 x 4.25) sold on 9 more invoices: 7 more at 4.25, one at 8.50 (a 2x price tier)
        //   and one at 42.50 (10x). Its log10 prices: eight at log10 4.25, then +log10 2 = 0.30103 and +1 above it,
        //   so the median is log10 4.25 and the MAD is 0; the MAD used is the floor 0.1.
        //   8.50 scores 0.30103 / (1.4826 * 0.1) = 2.030 (not listed; without the floor, the mean-absolute-deviation
        //   fallback 1.30103 / 10 = 0.130103 would score it 0.30103 / (1.253314 * 0.130103) = 1.846 here, but with
        //   more lines at the usual price any other price tier would be listed), 42.50 scores 1 / 0.14826 = 6.745.
        using var tiers = MartFixture.WithVariation(partOne: lines => lines.Concat(Enumerable.Range(1, 9).Select(i =>
            $"5361{10 + i},21730,GLASS STAR FROSTED T-LIGHT HOLDER,4,1/10/2011 9:05,{(i == 8 ? "8.50" : i == 9 ? "42.50" : "4.25")},12345,United Kingdom")));

        // When the anomaly view is read
        var prices = tiers.Query("SELECT * FROM mart.v_anomalies WHERE anomaly_type = 'unit_price'");

        // Then only the 10x line is listed
        var line = Assert.Single(prices);
        Assert.Equal("536119", line.Text("invoice_no"));
        Assert.Equal(4.25, line.Number("median_value"), Tolerance);
        Assert.Equal(0, line.Number("mad_value"), Tolerance);
        Assert.Equal(1 / (1.4826 * 0.1), line.Number("robust_z"), 1e-6);
    }

    [Fact]
    public void Distribution_bins_positive_values_on_a_quarter_decade_log_scale()
    {
        // Given 9 clean-line quantities, 9 unit prices, 6 orders and 3 customers with positive spend
        // When the distribution view is read
        var bins = fixture.Query("SELECT * FROM mart.v_distribution ORDER BY variable, bin_index");

        // Then each variable's bin counts add up to its count of positive values
        long Total(string variable) => bins.Where(b => b.Text("variable") == variable).Sum(b => b.Integer("bin_count"));
        Assert.Equal(9, Total("quantity"));
        Assert.Equal(9, Total("unit_price"));
        Assert.Equal(6, Total("order_value"));
        Assert.Equal(3, Total("customer_spend"));

        // And quantity 10 falls in bin 4 = [10, 17.78) (log10 10 / 0.25 = 4 exactly, not bin 3),
        //     while 6 and 8 share bin 3 = [5.62, 10) and the two 1s bin 0 = [1, 1.78)
        var quantity = bins.Where(b => b.Text("variable") == "quantity").ToDictionary(b => b.Integer("bin_index"));
        Assert.Equal(1, quantity[4].Integer("bin_count"));
        Assert.Equal(10, quantity[4].Number("bin_lower"), 1e-9);
        Assert.Equal(Math.Pow(10, 1.25), quantity[4].Number("bin_upper"), 1e-9);
        Assert.Equal(2, quantity[3].Integer("bin_count"));
        Assert.Equal(2, quantity[0].Integer("bin_count"));
    }
}
