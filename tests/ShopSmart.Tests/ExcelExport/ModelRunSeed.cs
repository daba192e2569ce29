using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>
/// Writes one modelling run into the ml tables, in the shape docs/model-outputs.md documents, from the warehouse's
/// own customers and products: the stand-in for the modelling app while it is being built. Scores are arbitrary but
/// deterministic functions of the customer key; the tests compare the workbook with these rows, never with constants.
/// </summary>
public static class ModelRunSeed
{
    private const string Script = """
        INSERT INTO ml.model_run (run_id, model, status, message, algorithm, seed, evaluation_cutoff, scoring_cutoff, horizon_days,
            training_rows, holdout_rows, scored_rows, primary_metric, model_value, baseline_name, baseline_value, grade, duration_ms,
            code_version, created_at)
        VALUES
            (7, 'segments', 'trained', NULL, 'k-means', 42, NULL, DATE '2011-12-10', 90, 400, NULL, 400, 'silhouette', 0.41, NULL, NULL, NULL, 120, 'test', TIMESTAMP '2026-11-25 06:00:00'),
            (7, 'purchase_propensity', 'trained', NULL, 'LightGBM', 42, DATE '2011-09-10', DATE '2011-12-10', 90, 300, 300, 400, 'roc_auc', 0.78, 'RFM score', 0.71, 'B', 900, 'test', TIMESTAMP '2026-11-25 06:00:00'),
            (7, 'spend', 'trained', NULL, 'FastTree', 42, DATE '2011-09-10', DATE '2011-12-10', 90, 300, 300, 400, 'rmse', 410.5, 'previous period', 455.0, 'C', 700, 'test', TIMESTAMP '2026-11-25 06:00:00'),
            (7, 'product_propensity', 'skipped', 'too few buyers per product in the sample', NULL, 42, NULL, NULL, 90, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 10, 'test', TIMESTAMP '2026-11-25 06:00:00');

        INSERT INTO ml.model_metric (run_id, model, scope, candidate, is_baseline, metric, value)
        VALUES
            (7, 'purchase_propensity', 'all', 'LightGBM', false, 'roc_auc', 0.78),
            (7, 'purchase_propensity', 'all', 'LightGBM', false, 'pr_auc', 0.66),
            (7, 'purchase_propensity', 'all', 'LightGBM', false, 'top_decile_lift', 2.1),
            (7, 'purchase_propensity', 'all', 'recency rule', true, 'roc_auc', 0.69),
            (7, 'purchase_propensity', 'all', 'recency rule', true, 'pr_auc', 0.58),
            (7, 'purchase_propensity', 'all', 'RFM score', true, 'roc_auc', 0.71),
            (7, 'spend', 'all', 'FastTree', false, 'rmse', 410.5),
            (7, 'spend', 'all', 'previous period', true, 'rmse', 455.0),
            (7, 'spend', 'all', 'mean', true, 'rmse', 520.25),
            (7, 'segments', 'chosen', 'k-means', false, 'silhouette', 0.41),
            (7, 'segments', 'k=3', 'k-means', false, 'silhouette', 0.41),
            (7, 'segments', 'k=4', 'k-means', false, 'silhouette', 0.37);

        INSERT INTO ml.model_curve (run_id, model, curve, series, point_index, x, y, value, label)
        SELECT 7, 'purchase_propensity', 'lift', c.candidate, d, d, c.top / d + 0.1 * (10 - d) / 10, least(1.0, d * c.top / 10.0), NULL
        FROM range(1, 11) AS t(d)
        CROSS JOIN (VALUES ('LightGBM', 2.5), ('RFM score', 1.8), ('recency rule', 1.5)) AS c(candidate, top);

        INSERT INTO ml.feature_importance (run_id, model, feature, metric, importance, importance_std, importance_rank)
        VALUES
            (7, 'purchase_propensity', 'recency_days', 'roc_auc', 0.12, 0.01, 1),
            (7, 'purchase_propensity', 'frequency', 'roc_auc', 0.07, 0.008, 2),
            (7, 'purchase_propensity', 'monetary', 'roc_auc', 0.03, 0.004, 3),
            (7, 'purchase_propensity', 'tenure_days', 'roc_auc', 0.01, 0.002, 4),
            (7, 'spend', 'monetary', 'rmse', 55.0, 4.0, 1),
            (7, 'spend', 'frequency', 'rmse', 21.0, 2.5, 2);

        INSERT INTO ml.customer_score (run_id, customer_key, customer_id, rfm_segment, cluster_id, cluster_name, p_buy, churn_probability,
            predicted_spend, expected_purchases, p_alive, expected_order_value, clv)
        SELECT 7, customer_key, customer_id, segment, customer_key % 3, 'Cluster ' || (customer_key % 3),
            ((customer_key * 37) % 100) / 100.0, 1 - ((customer_key * 37) % 100) / 100.0,
            monetary * 0.1, frequency * 0.2, ((customer_key * 13) % 100) / 100.0, avg_basket, monetary * (0.2 + (customer_key % 5) / 10.0)
        FROM mart.v_customer_rfm;

        INSERT INTO ml.segment_profile (run_id, segmentation, segment_id, segment_name, naming_reason, customers, customer_share, revenue,
            revenue_share, recency_days, frequency, monetary, avg_basket, tenure_days, distinct_products, return_rate, p_buy, clv)
        SELECT 7, 'rfm', row_number() OVER (ORDER BY segment), segment, NULL, count(*), count(*) / sum(count(*)) OVER (),
            sum(monetary), sum(monetary) / sum(sum(monetary)) OVER (), avg(recency_days), avg(frequency), avg(monetary), avg(avg_basket),
            avg(tenure_days), avg(distinct_products), avg(return_rate), avg(s.p_buy), avg(s.clv)
        FROM mart.v_customer_rfm AS r JOIN ml.customer_score AS s USING (customer_key)
        GROUP BY segment
        UNION ALL
        SELECT 7, 'cluster', s.cluster_id, s.cluster_name, 'mean recency ' || round(avg(recency_days)) || ' days', count(*),
            count(*) / sum(count(*)) OVER (), sum(monetary), sum(monetary) / sum(sum(monetary)) OVER (), avg(recency_days), avg(frequency),
            avg(monetary), avg(avg_basket), avg(tenure_days), avg(distinct_products), avg(return_rate), avg(s.p_buy), avg(s.clv)
        FROM mart.v_customer_rfm AS r JOIN ml.customer_score AS s USING (customer_key)
        GROUP BY s.cluster_id, s.cluster_name;

        CREATE TEMP TABLE seed_product AS
        SELECT row_number() OVER (ORDER BY revenue_rank, stock_code) AS n, product_key, stock_code, description
        FROM mart.v_product_performance
        QUALIFY n <= 6;

        INSERT INTO ml.association_rule (run_id, rule_id, antecedent_keys, antecedent_codes, antecedent_descriptions, antecedent_size,
            consequent_key, consequent_code, consequent_description, invoices, support, confidence, lift, leverage, conviction)
        SELECT 7, a.n, CAST(a.product_key AS VARCHAR), a.stock_code, a.description, 1, c.product_key, c.stock_code, c.description,
            20 - a.n, (20 - a.n) / 2000.0, 0.3 + a.n / 20.0, 8.0 - a.n, 0.004, 1.5
        FROM seed_product AS a JOIN seed_product AS c ON c.n = a.n + 1;

        INSERT INTO ml.customer_recommendation (run_id, customer_key, recommendation_rank, product_key, stock_code, description, score, source, rule_id)
        SELECT 7, r.customer_key, 1, p.product_key, p.stock_code, p.description, ((r.customer_key * 7) % 100) / 100.0,
            CASE WHEN r.customer_key % 2 = 0 THEN 'rules' ELSE 'propensity' END,
            CASE WHEN r.customer_key % 2 = 0 THEN (r.customer_key % 5) + 1 END
        FROM mart.v_customer_rfm AS r JOIN seed_product AS p ON p.n = (r.customer_key % 5) + 2;

        DROP TABLE seed_product;
        """;

    public static void Write(DuckDbWarehouse warehouse)
    {
        using var connection = warehouse.Open();
        connection.Execute(Script);
    }
}
