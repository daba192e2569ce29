using System.Data.Common;
using ShopSmart.Core.Engines;

namespace ShopSmart.Core.Insights;

/// <summary>
/// Reads <see cref="InsightInputs"/> from the mart views and the latest run's ml tables. The SQL is written to run
/// unchanged on DuckDB and SQL Server (no LIMIT/TOP, averages of integers taken over <c>x * 1.0</c>).
/// </summary>
public static class InsightReader
{
    private const string LatestRun = "(SELECT MAX(run_id) FROM ml.model_run)";

    private static readonly string SegmentsSql = $"""
        SELECT r.segment,
               COUNT(*) AS customers,
               SUM(r.monetary) AS monetary,
               AVG(r.recency_days * 1.0) AS mean_recency_days,
               SUM(CASE WHEN r.frequency = 1 THEN 1 ELSE 0 END) AS one_order_customers,
               COUNT(s.customer_key) AS scored_customers,
               SUM(s.clv) AS clv,
               SUM(s.predicted_spend) AS predicted_spend,
               AVG(s.p_buy) AS mean_p_buy
        FROM mart.v_customer_rfm AS r
        LEFT JOIN ml.customer_score AS s ON s.customer_key = r.customer_key AND s.run_id = {LatestRun}
        GROUP BY r.segment
        """;

    private static readonly string RulesSql = $"""
        SELECT a.rule_id, a.antecedent_codes, a.antecedent_descriptions, a.consequent_code, a.consequent_description,
               a.invoices, a.support, a.confidence, a.lift, a.leverage,
               c.customers
        FROM ml.association_rule AS a
        LEFT JOIN (
            SELECT rule_id, COUNT(DISTINCT customer_key) AS customers
            FROM ml.customer_recommendation
            WHERE run_id = {LatestRun} AND rule_id IS NOT NULL
            GROUP BY rule_id
        ) AS c ON c.rule_id = a.rule_id
        WHERE a.run_id = {LatestRun}
        """;

    private const string CountriesSql = "SELECT country_name, gross_revenue, orders, customers, customer_revenue FROM mart.v_sales_by_country";

    private const string ProductsSql = """
        SELECT stock_code, description, revenue, cancellation_value, orders, revenue_rank, abc_class
        FROM mart.v_product_performance
        """;

    private const string CohortsSql = """
        SELECT cohort_month, months_since_first_purchase, cohort_size, active_customers FROM mart.v_cohort_retention
        """;

    private const string ModelsSql = "SELECT run_id, model, status, horizon_days, scoring_cutoff FROM mart.v_model_run_latest";

    private const string CrossSellSuccessSql = """
        SELECT candidate, is_baseline, value
        FROM mart.v_model_metric_latest
        WHERE model = 'next_best_product' AND scope = 'all' AND metric = 'success@5'
        """;

    /// <summary>Every statement the reader runs, so a test can check each parses as T-SQL too.</summary>
    public static IReadOnlyList<string> Statements { get; } = [SegmentsSql, RulesSql, CountriesSql, ProductsSql, CohortsSql, ModelsSql, CrossSellSuccessSql];

    public static InsightInputs Read(WarehouseEngine engine)
    {
        using var connection = engine.OpenConnection();
        return Read(connection);
    }

    /// <summary>
    /// Reads on an open connection. A caller that has already read products, countries or cohorts from their views
    /// (the report) passes them, and they are not read twice.
    /// </summary>
    public static InsightInputs Read(
        DbConnection connection, IReadOnlyList<ProductSummary>? products = null, IReadOnlyList<CountrySummary>? countries = null,
        IReadOnlyList<CohortCell>? cohorts = null)
    {
        var segments = QueryRow.Read(connection, SegmentsSql).Select(r => new SegmentSummary(
            r.Text("segment"), (int)r.Integer("customers"), r.Number("monetary"), r.Number("mean_recency_days"),
            (int)r.Integer("one_order_customers"), (int)r.Integer("scored_customers"), r.NumberOrNull("clv"),
            r.NumberOrNull("predicted_spend"), r.NumberOrNull("mean_p_buy"))).ToList();
        products ??= QueryRow.Read(connection, ProductsSql).Select(r => new ProductSummary(
            r.Text("stock_code"), r.TextOrNull("description") ?? r.Text("stock_code"), r.Number("revenue"), r.Number("cancellation_value"),
            (int)r.Integer("orders"), (int)r.Integer("revenue_rank"), r.Text("abc_class"))).ToList();

        // What an order of the consequent has been worth comes from the product rows above, not from a second read of
        // the product view (which aggregates every sale line).
        var productByCode = products.DistinctBy(p => p.StockCode, StringComparer.Ordinal).ToDictionary(p => p.StockCode, StringComparer.Ordinal);
        var rules = QueryRow.Read(connection, RulesSql).Select(r => new RuleSummary(
            (int)r.Integer("rule_id"), r.Text("antecedent_codes"), r.TextOrNull("antecedent_descriptions") ?? r.Text("antecedent_codes"),
            r.Text("consequent_code"), r.TextOrNull("consequent_description") ?? r.Text("consequent_code"), (int)r.Integer("invoices"),
            r.Number("support"), r.Number("confidence"), r.Number("lift"), r.Number("leverage"),
            (int)(r.NumberOrNull("customers") ?? 0),
            productByCode.TryGetValue(r.Text("consequent_code"), out var consequent) ? PerOrder(consequent.Revenue, consequent.Orders) : null)).ToList();
        countries ??= QueryRow.Read(connection, CountriesSql).Select(r => new CountrySummary(
            r.Text("country_name"), r.Number("gross_revenue"), (int)r.Integer("orders"), (int)r.Integer("customers"), r.Number("customer_revenue"))).ToList();
        cohorts ??= QueryRow.Read(connection, CohortsSql).Select(r => new CohortCell(
            r.Text("cohort_month"), (int)r.Integer("months_since_first_purchase"), r.Integer("cohort_size"), r.Integer("active_customers"))).ToList();
        var models = QueryRow.Read(connection, ModelsSql);
        var crossSell = QueryRow.Read(connection, CrossSellSuccessSql);
        var modelSuccess = crossSell.FirstOrDefault(r => !r.Flag("is_baseline"))?.NumberOrNull("value");
        var popularSuccess = crossSell.FirstOrDefault(r => r.Flag("is_baseline") && r.Text("candidate") == CandidateNames.Popularity)?.NumberOrNull("value");

        var orders = countries.Sum(c => (double)c.Orders);
        return new InsightInputs(
            segments,
            rules,
            countries,
            products,
            Retention.MonthOne(cohorts),
            orders == 0 ? 0 : countries.Sum(c => c.GrossRevenue) / orders,
            models.Count == 0 ? null : new ModelContext(
                models[0].Integer("run_id"),
                (int)models[0].Integer("horizon_days"),
                models.Select(m => m.DateOrNull("scoring_cutoff")).FirstOrDefault(d => d is not null),
                models.Where(m => m.Text("status") == "trained").Select(m => m.Text("model")).ToHashSet(StringComparer.Ordinal))
            {
                CrossSellSuccess = modelSuccess is { } m && popularSuccess is { } p ? (m, p) : null,
            });
    }

    private static double? PerOrder(double? revenue, double? orders) => revenue is null || orders is null or 0 ? null : revenue / orders;
}
