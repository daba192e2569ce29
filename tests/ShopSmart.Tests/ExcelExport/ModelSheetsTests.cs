using ClosedXML.Excel;
using ShopSmart.ExcelExport.Sheets;
using ShopSmart.Tests.Mart;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>
/// The model sheets equal the ml rows the fixture's run wrote; the target lists follow their rules, checked here
/// with SQL written independently of the exporter's C#.
/// </summary>
[Collection(WorkbookCollection.Name)]
public sealed class ModelSheetsTests(WorkbookFixture fixture)
{
    [Fact]
    public void Models_lists_every_model_of_the_latest_run_with_its_score_baseline_and_grade()
    {
        var view = fixture.Query("SELECT * FROM mart.v_model_run_latest ORDER BY model");
        using var workbook = fixture.Open();

        var rows = SheetNumbersTests.TableRows(workbook, ModelsSheet.SheetName, "ModelRuns");

        Assert.Equal(view.Select(v => v.Text("model")), rows.Select(r => r.Field("Model").GetString()));
        for (var i = 0; i < view.Count; i++)
        {
            Assert.Equal(view[i].Text("status"), rows[i].Field("Status").GetString());
            Assert.Equal(view[i].Text("grade") ?? string.Empty, rows[i].Field("Grade").GetString());
            foreach (var (column, header) in new[] { ("model_value", "Model score"), ("baseline_value", "Baseline score") })
            {
                if (view[i].IsNull(column))
                {
                    Assert.True(rows[i].Field(header).IsEmpty());
                }
                else
                {
                    SheetNumbersTests.Equal(view[i].Number(column), rows[i].Field(header));
                }
            }
        }

        Assert.Equal("too few buyers per product in the sample", rows.Single(r => r.Field("Model").GetString() == "product_propensity").Field("Note").GetString());
    }

    [Fact]
    public void Each_model_metric_grid_holds_the_model_and_its_baselines_side_by_side()
    {
        var metrics = fixture.Query("SELECT * FROM mart.v_model_metric_latest WHERE model = 'purchase_propensity' AND scope = 'all'");
        using var workbook = fixture.Open();
        var sheet = workbook.Worksheet(ModelsSheet.SheetName);
        var header = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "purchase_propensity (all)").Address.RowNumber;

        // The model first, then its baselines
        Assert.Equal(["LightGBM", "RFM score", "recency rule"], Enumerable.Range(2, 3).Select(c => sheet.Cell(header, c).GetString()));
        foreach (var metric in metrics)
        {
            var row = Enumerable.Range(header + 1, 10).First(r => sheet.Cell(r, 1).GetString() == metric.Text("metric"));
            var column = Enumerable.Range(2, 3).First(c => sheet.Cell(header, c).GetString() == metric.Text("candidate"));
            SheetNumbersTests.Equal(metric.Number("value"), sheet.Cell(row, column));
        }
    }

    [Fact]
    public void Lift_and_capture_by_decile_equal_the_lift_curve()
    {
        var curve = fixture.Query("SELECT * FROM ml.model_curve WHERE model = 'purchase_propensity' AND curve = 'lift'");
        using var workbook = fixture.Open();
        var sheet = workbook.Worksheet(ModelsSheet.SheetName);
        var header = sheet.Column(1).CellsUsed().Single(c => c.GetString() == "Decile").Address.RowNumber;

        var columns = Enumerable.Range(2, 4).ToDictionary(c => sheet.Cell(header, c).GetString());
        Assert.Equal(["Lift: LightGBM", "Lift: RFM score", "Lift: recency rule", "Capture: LightGBM"], columns.Keys);
        foreach (var point in curve)
        {
            var row = header + (int)point.Number("x");
            Assert.Equal($"Decile {point.Number("x")}", sheet.Cell(row, 1).GetString());
            SheetNumbersTests.Equal(point.Number("y"), sheet.Cell(row, columns[$"Lift: {point.Text("series")}"]));
            if (point.Text("series") == "LightGBM")
            {
                SheetNumbersTests.Equal(point.Number("value"), sheet.Cell(row, columns["Capture: LightGBM"]));
            }
        }
    }

    [Fact]
    public void Feature_importance_and_CLV_bands_equal_the_ml_tables()
    {
        var importance = fixture.Query("SELECT * FROM ml.feature_importance WHERE model = 'purchase_propensity' ORDER BY importance_rank");
        var clv = fixture.Query("SELECT count(*) AS n, sum(clv) AS total FROM ml.customer_score").Single();
        using var workbook = fixture.Open();

        var features = SheetNumbersTests.TableRows(workbook, ModelsSheet.SheetName, "Importance_purchase_propensity");
        var bands = SheetNumbersTests.TableRows(workbook, ModelsSheet.SheetName, "ClvBands");

        Assert.Equal(importance.Select(f => f.Text("feature")), features.Select(f => f.Field("Feature").GetString()));
        Assert.All(importance.Zip(features), p => SheetNumbersTests.Equal(p.First.Number("importance"), p.Second.Field("Importance")));
        Assert.Equal(clv.Number("n"), bands.Sum(b => b.Field("Customers in band").GetDouble()));
        Assert.Equal(clv.Number("total"), bands.Sum(b => b.Field("Total CLV").GetDouble()), 6);
    }

    [Fact]
    public void Win_back_list_holds_the_at_risk_segments_largest_value_at_risk_first()
    {
        var expected = fixture.Query("""
            SELECT customer_id, churn_probability * clv AS at_risk
            FROM mart.v_customer_360
            WHERE rfm_segment IN ('At Risk', 'Can''t Lose Them')
            ORDER BY at_risk DESC NULLS LAST, monetary DESC, customer_id
            """);
        using var workbook = fixture.Open();

        var rows = SheetNumbersTests.TableRows(workbook, WinBackSheet.SheetName, "WinBack");

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(e => e.Text("customer_id")), rows.Select(r => r.Field("Customer").GetString()));
        Assert.All(expected.Zip(rows), p => SheetNumbersTests.Equal(p.First.Number("at_risk"), p.Second.Field("Value at risk")));
        AssertListLayout(workbook, WinBackSheet.SheetName, "WinBack");
    }

    [Fact]
    public void Promotion_list_holds_the_customers_likely_to_buy_most_likely_first()
    {
        var expected = fixture.Query("SELECT customer_id, p_buy FROM mart.v_customer_360 WHERE p_buy >= 0.5 ORDER BY p_buy DESC, predicted_spend DESC, customer_id");
        using var workbook = fixture.Open();

        var rows = SheetNumbersTests.TableRows(workbook, PromotionSheet.SheetName, "Promotion");

        Assert.Equal(expected.Select(e => e.Text("customer_id")), rows.Select(r => r.Field("Customer").GetString()));
        Assert.All(expected.Zip(rows), p => SheetNumbersTests.Equal(p.First.Number("p_buy"), p.Second.Field("P(buy)")));
        AssertListLayout(workbook, PromotionSheet.SheetName, "Promotion");
    }

    [Fact]
    public void Loyalty_list_holds_the_Champions_highest_spend_first()
    {
        var expected = fixture.Query("SELECT customer_id, monetary FROM mart.v_customer_rfm WHERE segment = 'Champions' ORDER BY monetary DESC, customer_id");
        using var workbook = fixture.Open();

        var rows = SheetNumbersTests.TableRows(workbook, LoyaltySheet.SheetName, "Loyalty");

        Assert.Equal(expected.Select(e => e.Text("customer_id")), rows.Select(r => r.Field("Customer").GetString()));
        Assert.All(expected.Zip(rows), p => SheetNumbersTests.Equal(p.First.Number("monetary"), p.Second.Field("Spend to date")));
        AssertListLayout(workbook, LoyaltySheet.SheetName, "Loyalty");
    }

    [Fact]
    public void Cross_sell_list_offers_each_customer_the_top_recommendation_with_its_rule()
    {
        var expected = fixture.Query("""
            SELECT c.customer_id, r.stock_code, r.score, a.antecedent_descriptions, a.confidence
            FROM ml.customer_recommendation AS r
            JOIN mart.v_customer_360 AS c USING (customer_key)
            LEFT JOIN ml.association_rule AS a ON a.run_id = r.run_id AND a.rule_id = r.rule_id
            WHERE r.recommendation_rank = 1
            ORDER BY r.score DESC, c.customer_id
            """);
        using var workbook = fixture.Open();

        var rows = SheetNumbersTests.TableRows(workbook, CrossSellSheet.SheetName, "CrossSell");

        Assert.Equal(expected.Select(e => (e.Text("customer_id"), e.Text("stock_code"))), rows.Select(r => ((string?)r.Field("Customer").GetString(), (string?)r.Field("Offer (stock code)").GetString())));
        foreach (var (row, cells) in expected.Zip(rows))
        {
            Assert.Equal(row.Text("antecedent_descriptions") ?? string.Empty, cells.Field("Because they bought").GetString());
            if (!row.IsNull("confidence"))
            {
                SheetNumbersTests.Equal(row.Number("confidence"), cells.Field("Rule confidence"));
            }
        }

        AssertListLayout(workbook, CrossSellSheet.SheetName, "CrossSell");
    }

    [Fact]
    public void Cross_sell_rules_read_as_sentences_strongest_lift_first()
    {
        var rules = fixture.Query("SELECT * FROM ml.association_rule ORDER BY lift DESC, confidence DESC, support DESC, rule_id");
        using var workbook = fixture.Open();

        var rows = SheetNumbersTests.TableRows(workbook, CrossSellRulesSheet.SheetName, "CrossSellRules");

        Assert.Equal(rules.Count, rows.Count);
        foreach (var (rule, row) in rules.Zip(rows))
        {
            Assert.Equal($"Customers who buy {rule.Text("antecedent_descriptions")} also buy {rule.Text("consequent_description")}", row.Field("Rule").GetString());
            SheetNumbersTests.Equal(rule.Number("support"), row.Field("Support"));
            SheetNumbersTests.Equal(rule.Number("confidence"), row.Field("Confidence"));
            SheetNumbersTests.Equal(rule.Number("lift"), row.Field("Lift"));
        }
    }

    [Fact]
    public void Segments_show_the_cluster_profiles_of_the_latest_run()
    {
        var clusters = fixture.Query("SELECT * FROM ml.segment_profile WHERE segmentation = 'cluster' ORDER BY segment_id");
        using var workbook = fixture.Open();

        var rows = SheetNumbersTests.TableRows(workbook, SegmentsSheet.SheetName, "ClusterProfiles");

        Assert.Equal(clusters.Select(c => c.Text("segment_name")), rows.Select(r => r.Field("Group").GetString()));
        Assert.All(clusters.Zip(rows), p => SheetNumbersTests.Equal(p.First.Number("customers"), p.Second.Field("Customers in group")));
        Assert.All(clusters.Zip(rows), p => Assert.Equal(p.First.Text("naming_reason"), p.Second.Field("Why this name").GetString()));
    }

    /// <summary>A target list filters and keeps its header in view: autofilter on, rows frozen down to the header.</summary>
    private static void AssertListLayout(XLWorkbook workbook, string sheetName, string tableName)
    {
        var sheet = workbook.Worksheet(sheetName);
        var table = sheet.Table(tableName);
        Assert.True(table.ShowAutoFilter, $"{sheetName}: no autofilter");
        Assert.Equal(TargetListWriter.HeaderRow, table.HeadersRow().RowNumber());
        Assert.Equal(TargetListWriter.HeaderRow, sheet.SheetView.SplitRow);
    }
}
