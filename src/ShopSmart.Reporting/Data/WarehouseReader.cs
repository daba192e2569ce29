using System.Data.Common;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Insights;

namespace ShopSmart.Reporting.Data;

/// <summary>
/// Reads <see cref="ReportData"/> from the mart views and the latest run's ml tables, one query per source. The SQL
/// runs unchanged on DuckDB and SQL Server; ordering and top-N are done here rather than in dialect-specific SQL.
/// </summary>
public static class WarehouseReader
{
    private const string LatestRun = "run_id = (SELECT MAX(run_id) FROM ml.model_run)";

    private const string SalesByCountrySql = "SELECT * FROM mart.v_sales_by_country";
    private const string ProductPerformanceSql = "SELECT * FROM mart.v_product_performance";
    private const string CohortRetentionSql = "SELECT cohort_month, months_since_first_purchase, cohort_size, active_customers FROM mart.v_cohort_retention";
    private const string ColumnProfileSql = "SELECT * FROM mart.v_column_profile";
    private const string DataQualitySql = "SELECT * FROM mart.v_data_quality";
    private const string SalesMonthlySql = "SELECT * FROM mart.v_sales_monthly";
    private const string SalesWeekdayHourSql = "SELECT iso_weekday, hour_of_day, revenue, orders FROM mart.v_sales_weekday_hour";
    private const string CustomerRfmSql = "SELECT customer_key, recency_days, frequency, monetary, segment, reference_date, first_purchase_at FROM mart.v_customer_rfm";
    private const string AnomaliesSql = "SELECT anomaly_type, date_key, invoice_no, stock_code, observed_value, median_value, robust_z FROM mart.v_anomalies";
    private const string DistributionSql = "SELECT * FROM mart.v_distribution";
    private const string CorrelationSql = "SELECT * FROM mart.v_correlation";

    // The last day of the lines that count in revenue, as the workbook's Overview reads it: where a month ends.
    private const string LastRevenueSql = "SELECT max(invoice_at) AS last_invoice_at FROM dw.v_revenue_line";
    private const string ModelRunLatestSql = "SELECT * FROM mart.v_model_run_latest";
    private const string ModelMetricLatestSql = "SELECT model, scope, metric, candidate, is_baseline, value FROM mart.v_model_metric_latest";
    private static readonly string ModelCurveSql = $"SELECT model, curve, series, point_index, x, y, value, label FROM ml.model_curve WHERE {LatestRun}";
    private static readonly string FeatureImportanceSql = $"SELECT model, feature, metric, importance, importance_std, importance_rank FROM ml.feature_importance WHERE {LatestRun}";
    private static readonly string SegmentProfileSql = $"SELECT * FROM ml.segment_profile WHERE {LatestRun}";
    private static readonly string AssociationRuleSql = $"SELECT rule_id, antecedent_descriptions, antecedent_codes, consequent_description, consequent_code, invoices, support, confidence, lift FROM ml.association_rule WHERE {LatestRun}";

    /// <summary>Every statement the reader runs, so a test can check each parses as T-SQL too.</summary>
    public static IReadOnlyList<string> Statements { get; } =
    [
        LastRevenueSql,
        SalesByCountrySql,
        ProductPerformanceSql,
        CohortRetentionSql,
        ColumnProfileSql,
        DataQualitySql,
        SalesMonthlySql,
        SalesWeekdayHourSql,
        CustomerRfmSql,
        AnomaliesSql,
        DistributionSql,
        CorrelationSql,
        ModelRunLatestSql,
        ModelMetricLatestSql,
        ModelCurveSql,
        FeatureImportanceSql,
        SegmentProfileSql,
        AssociationRuleSql,
    ];

    public static ReportData Read(WarehouseEngine engine)
    {
        using var connection = engine.OpenConnection();
        var countries = Query(connection, SalesByCountrySql, r => new CountrySales(
            r.Text("country_name"), r.Number("gross_revenue"), r.Number("net_revenue"), r.Integer("orders"), r.Integer("customers"),
            r.Number("customer_revenue"), r.NumberOrNull("share_of_revenue"), r.NumberOrNull("avg_order_value")))
            .OrderByDescending(c => c.GrossRevenue).ThenBy(c => c.Country, StringComparer.Ordinal).ToList();
        var products = Query(connection, ProductPerformanceSql, r => new ProductSales(
            r.Text("stock_code"), r.TextOrNull("description") ?? r.Text("stock_code"), r.Number("revenue"), r.Number("cancellation_value"),
            r.Integer("units"), r.Integer("orders"), r.Integer("customers"), (int)r.Integer("revenue_rank"), r.NumberOrNull("revenue_share"),
            r.NumberOrNull("cumulative_share"), r.Text("abc_class")))
            .OrderBy(p => p.Rank).ThenBy(p => p.StockCode, StringComparer.Ordinal).ToList();
        var customers = Query(connection, CustomerRfmSql, r => new CustomerRfm(
            (int)r.Integer("customer_key"), (int)r.Integer("recency_days"), (int)r.Integer("frequency"), r.Number("monetary"), r.Text("segment"),
            r.DateOrNull("reference_date")!.Value, r.DateOrNull("first_purchase_at")!.Value))
            .OrderBy(c => c.CustomerKey).ToList();
        var lastDay = Query(connection, LastRevenueSql, r => r.DateOrNull("last_invoice_at")).SingleOrDefault();
        var cohorts = Query(connection, CohortRetentionSql, r => new CohortCell(
            r.Text("cohort_month"), (int)r.Integer("months_since_first_purchase"), r.Integer("cohort_size"), r.Integer("active_customers")))
            .Where(c => lastDay is not { } day || Retention.InCompleteMonth(c.CohortMonth, c.MonthsSinceFirstPurchase, day))
            .ToList();

        // The recommendations are read by the same reader the workbook uses, given the rows already read here.
        var insights = InsightReader.Read(
            connection,
            products.Select(p => new ProductSummary(p.StockCode, p.Description, p.Revenue, p.CancellationValue, (int)p.Orders, p.Rank, p.AbcClass)).ToList(),
            countries.Select(c => new CountrySummary(c.Country, c.GrossRevenue, (int)c.Orders, (int)c.Customers, c.CustomerRevenue)).ToList(),
            cohorts);

        return new ReportData(
            engine.Describe(),
            Query(connection, ColumnProfileSql, r => new ColumnProfile(
                (int)r.Integer("column_position"), r.Text("column_name"), r.Text("data_type"), r.Integer("row_count"), r.Integer("null_count"),
                r.NumberOrNull("null_pct") ?? 0, r.Integer("distinct_count"), r.NumberOrNull("min_value"), r.NumberOrNull("max_value"),
                r.NumberOrNull("mean_value"), r.NumberOrNull("std_dev"), r.NumberOrNull("p25"), r.NumberOrNull("p50"), r.NumberOrNull("p75")))
                .OrderBy(c => c.Position).ToList(),
            Query(connection, DataQualitySql, r => new QualityMeasure(
                r.Text("scope"), (int?)r.NumberOrNull("batch_id"), r.TextOrNull("source_file"), r.TextOrNull("batch_status"), r.Flag("is_reconciled"),
                r.Text("measure_kind"), r.Text("rule_code"), r.Integer("row_count"), r.NumberOrNull("value_amount"), (long)(r.NumberOrNull("rows_read") ?? 0))),
            Query(connection, SalesMonthlySql, r => new MonthlySales(
                r.Text("year_month"), r.Number("gross_revenue"), r.Number("cancellation_value"), r.Number("net_revenue"), r.Integer("orders"),
                r.Integer("customers"), r.Integer("new_customers"), r.Integer("units"), r.NumberOrNull("avg_order_value")))
                .OrderBy(m => m.YearMonth, StringComparer.Ordinal).ToList(),
            Query(connection, SalesWeekdayHourSql, r => new WeekdayHourCell(
                (int)r.Integer("iso_weekday"), (int)r.Integer("hour_of_day"), r.Number("revenue"), r.Integer("orders"))),
            countries,
            products,
            customers,
            cohorts,
            Query(connection, AnomaliesSql, r => new Anomaly(
                r.Text("anomaly_type"), (int)r.Integer("date_key"), r.TextOrNull("invoice_no"), r.TextOrNull("stock_code"), r.Number("observed_value"),
                r.Number("median_value"), r.Number("robust_z"))),
            Query(connection, DistributionSql, r => new DistributionBin(
                r.Text("variable"), (int)r.Integer("bin_index"), r.Number("bin_lower"), r.Number("bin_upper"), r.Integer("bin_count")))
                .OrderBy(b => b.Variable, StringComparer.Ordinal).ThenBy(b => b.Index).ToList(),
            Query(connection, CorrelationSql, r => new CorrelationCell(
                r.Text("feature_x"), r.Text("feature_y"), r.Integer("n_customers"), r.NumberOrNull("pearson_r"), r.NumberOrNull("spearman_r"))),
            ReadModelling(connection),
            insights)
        {
            LastRevenueDay = lastDay,
        };
    }

    private static ModellingData ReadModelling(DbConnection connection)
    {
        var runs = Query(connection, ModelRunLatestSql, r => new ModelRun(
            r.Integer("run_id"), r.Text("model"), r.Text("status"), r.TextOrNull("message"), r.TextOrNull("algorithm"), r.DateOrNull("evaluation_cutoff"),
            r.DateOrNull("scoring_cutoff"), (int)r.Integer("horizon_days"), (long?)r.NumberOrNull("training_rows"), (long?)r.NumberOrNull("holdout_rows"),
            (long?)r.NumberOrNull("scored_rows"), r.TextOrNull("primary_metric"), r.NumberOrNull("model_value"), r.TextOrNull("baseline_name"),
            r.NumberOrNull("baseline_value"), r.TextOrNull("grade"), r.DateTimeOrNull("created_at") ?? DateTime.MinValue));
        if (runs.Count == 0)
        {
            return ModellingData.Empty;
        }

        return new ModellingData(
            runs,
            Query(connection, ModelMetricLatestSql, r => new ModelMetric(
                r.Text("model"), r.Text("scope"), r.Text("metric"), r.Text("candidate"), r.Flag("is_baseline"), r.NumberOrNull("value"))),
            Query(connection, ModelCurveSql, r => new CurvePoint(
                r.Text("model"), r.Text("curve"), r.Text("series"), (int)r.Integer("point_index"), r.NumberOrNull("x"), r.NumberOrNull("y"),
                r.NumberOrNull("value"), r.TextOrNull("label"))),
            Query(connection, FeatureImportanceSql, r => new FeatureImportance(
                r.Text("model"), r.Text("feature"), r.Text("metric"), r.Number("importance"), r.NumberOrNull("importance_std"), (int)r.Integer("importance_rank")))
                .OrderBy(f => f.Model, StringComparer.Ordinal).ThenBy(f => f.Rank).ToList(),
            Query(connection, SegmentProfileSql, r => new SegmentProfile(
                r.Text("segmentation"), (int)r.Integer("segment_id"), r.Text("segment_name"), (int)r.Integer("customers"), r.Number("customer_share"),
                r.Number("revenue"), r.NumberOrNull("revenue_share"), r.NumberOrNull("recency_days"), r.NumberOrNull("frequency"), r.NumberOrNull("monetary"),
                r.NumberOrNull("avg_basket"), r.NumberOrNull("p_buy"), r.NumberOrNull("clv")))
                .OrderBy(p => p.Segmentation, StringComparer.Ordinal).ThenBy(p => p.Id).ToList(),
            Query(connection, AssociationRuleSql, r => new AssociationRule(
                (int)r.Integer("rule_id"), r.TextOrNull("antecedent_descriptions") ?? r.Text("antecedent_codes"),
                r.TextOrNull("consequent_description") ?? r.Text("consequent_code"), (int)r.Integer("invoices"), r.Number("support"),
                r.Number("confidence"), r.Number("lift"))));
    }

    private static List<T> Query<T>(DbConnection connection, string sql, Func<QueryRow, T> map) =>
        QueryRow.Read(connection, sql).Select(map).ToList();
}
