using System.Data.Common;
using Dapper;

namespace ShopSmart.Tests.Reporting;

/// <summary>
/// Writes one complete modelling run into the ml tables, by hand, in the shapes docs/model-outputs.md describes:
/// what the report reads, without training anything. Customer scores cover every customer of mart.v_customer_rfm
/// with CLV = 10 × orders and predicted spend = net spend / 4, so the recommendations' sums can be checked.
/// Product propensity is recorded as skipped, with a reason.
/// </summary>
public static class ModelOutputs
{
    public const string SkipReason = "too few buyers of the modelled products";

    public static void Insert(DbConnection db)
    {
        Runs(db);
        db.Execute("""
            INSERT INTO ml.model_metric (run_id, model, scope, candidate, is_baseline, metric, value) VALUES
              (1, 'purchase_propensity', 'all', 'LightGBM', false, 'roc_auc', 0.80), (1, 'purchase_propensity', 'all', 'RFM score', true, 'roc_auc', 0.70),
              (1, 'purchase_propensity', 'all', 'recency rule', true, 'roc_auc', 0.65), (1, 'purchase_propensity', 'all', 'LightGBM', false, 'pr_auc', 0.75),
              (1, 'purchase_propensity', 'all', 'RFM score', true, 'pr_auc', 0.66), (1, 'purchase_propensity', 'all', 'LightGBM', false, 'base_rate', 0.5),
              (1, 'spend', 'all', 'FastTree', false, 'rmse', 700), (1, 'spend', 'all', 'previous period', true, 'rmse', 720),
              (1, 'spend', 'all', 'mean', true, 'rmse', 800), (1, 'clv', 'all', 'BG/NBD + Gamma-Gamma', false, 'rmse', 650),
              (1, 'clv', 'parameters', 'BG/NBD + Gamma-Gamma', false, 'r', 0.75), (1, 'clv', 'parameters', 'BG/NBD + Gamma-Gamma', false, 'alpha', 67.2),
              (1, 'clv', 'parameters', 'BG/NBD + Gamma-Gamma', false, 'a', 0.1), (1, 'clv', 'parameters', 'BG/NBD + Gamma-Gamma', false, 'b', 2.5),
              (1, 'segments', 'chosen', 'k-means', false, 'k', 2), (1, 'segments', 'chosen', 'k-means', false, 'silhouette', 0.41),
              (1, 'baskets', 'all', 'FP-Growth', false, 'invoices', 1182), (1, 'baskets', 'all', 'FP-Growth', false, 'rules', 2),
              (1, 'next_best_product', 'all', 'rules + propensity', false, 'success@5', 0.2), (1, 'next_best_product', 'all', 'bought before', true, 'success@5', 0.7),
              (1, 'next_best_product', 'all', 'popularity', true, 'success@5', 0.15);

            INSERT INTO ml.model_curve (run_id, model, curve, series, point_index, x, y, value, label) VALUES
              (1, 'purchase_propensity', 'roc', 'LightGBM', 0, 0, 0, NULL, NULL), (1, 'purchase_propensity', 'roc', 'LightGBM', 1, 0.1, 0.5, NULL, NULL),
              (1, 'purchase_propensity', 'roc', 'LightGBM', 2, 1, 1, NULL, NULL), (1, 'purchase_propensity', 'roc', 'RFM score', 0, 0, 0, NULL, NULL),
              (1, 'purchase_propensity', 'roc', 'RFM score', 1, 0.3, 0.5, NULL, NULL), (1, 'purchase_propensity', 'roc', 'RFM score', 2, 1, 1, NULL, NULL),
              (1, 'purchase_propensity', 'pr', 'LightGBM', 0, 0, 1, NULL, NULL), (1, 'purchase_propensity', 'pr', 'LightGBM', 1, 1, 0.5, NULL, NULL),
              (1, 'purchase_propensity', 'lift', 'LightGBM', 0, 1, 1.9, 0.19, NULL), (1, 'purchase_propensity', 'lift', 'LightGBM', 1, 2, 1.4, 0.33, NULL),
              (1, 'purchase_propensity', 'lift', 'RFM score', 0, 1, 1.7, 0.17, NULL), (1, 'purchase_propensity', 'lift', 'RFM score', 1, 2, 1.3, 0.3, NULL),
              (1, 'purchase_propensity', 'confusion', 'best F1', 0, 0.4, NULL, 80, 'TP'), (1, 'purchase_propensity', 'confusion', 'best F1', 1, 0.4, NULL, 20, 'FP'),
              (1, 'purchase_propensity', 'confusion', 'best F1', 2, 0.4, NULL, 40, 'FN'), (1, 'purchase_propensity', 'confusion', 'best F1', 3, 0.4, NULL, 60, 'TN'),
              (1, 'spend', 'predicted_vs_actual', 'FastTree', 0, 100, 120, NULL, NULL), (1, 'spend', 'predicted_vs_actual', 'FastTree', 1, 400, 300, NULL, NULL),
              (1, 'segments', 'k_selection', 'silhouette', 0, 2, 0.41, NULL, NULL), (1, 'segments', 'k_selection', 'silhouette', 1, 3, 0.35, NULL, NULL),
              (1, 'clv', 'repeat_histogram', 'actual', 0, 0, 100, NULL, '0'), (1, 'clv', 'repeat_histogram', 'actual', 1, 1, 40, NULL, '1+'),
              (1, 'clv', 'repeat_histogram', 'expected', 0, 0, 95, NULL, '0'), (1, 'clv', 'repeat_histogram', 'expected', 1, 1, 45, NULL, '1+'),
              (1, 'clv', 'holdout_by_frequency', 'actual', 0, 0, 0.5, 100, '0'), (1, 'clv', 'holdout_by_frequency', 'actual', 1, 1, 1.1, 40, '1+'),
              (1, 'clv', 'holdout_by_frequency', 'expected', 0, 0, 0.4, 100, '0'), (1, 'clv', 'holdout_by_frequency', 'expected', 1, 1, 1.0, 40, '1+');

            INSERT INTO ml.feature_importance (run_id, model, feature, metric, importance, importance_std, importance_rank) VALUES
              (1, 'purchase_propensity', 'recency_days', 'roc_auc', 0.05, 0.01, 1), (1, 'purchase_propensity', 'frequency', 'roc_auc', 0.02, 0.01, 2),
              (1, 'purchase_propensity', 'tenure_days', 'roc_auc', -0.001, 0.002, 3);

            INSERT INTO ml.segment_profile
                (run_id, segmentation, segment_id, segment_name, naming_reason, customers, customer_share, revenue, revenue_share,
                 recency_days, frequency, monetary, avg_basket, tenure_days, distinct_products, return_rate, p_buy, clv)
            SELECT 1, 'rfm', row_number() OVER (ORDER BY segment), segment, NULL, count(*), count(*) / sum(count(*)) OVER (),
                   sum(monetary), sum(monetary) / sum(sum(monetary)) OVER (), avg(recency_days), avg(frequency), avg(monetary),
                   avg(avg_basket), avg(tenure_days), avg(distinct_products), avg(return_rate), 0.5, 10 * avg(frequency)
            FROM mart.v_customer_rfm GROUP BY segment;
            INSERT INTO ml.segment_profile
                (run_id, segmentation, segment_id, segment_name, naming_reason, customers, customer_share, revenue, revenue_share, recency_days, frequency, monetary)
            VALUES (1, 'cluster', 0, 'Active high-value frequent customers', 'orders above the upper quartile', 100, 0.34, 300000, 0.8, 30, 7, 3000),
                   (1, 'cluster', 1, 'Occasional buyers', 'orders below the median', 195, 0.66, 75000, 0.2, 140, 1.5, 380);

            INSERT INTO ml.customer_score (run_id, customer_key, customer_id, rfm_segment, cluster_id, cluster_name, p_buy, churn_probability, predicted_spend, clv)
            SELECT 1, customer_key, customer_id, segment, 0, 'Frequent buyers', 0.5, 0.5, monetary / 4, 10 * frequency FROM mart.v_customer_rfm;

            INSERT INTO ml.association_rule
                (run_id, rule_id, antecedent_keys, antecedent_codes, antecedent_descriptions, antecedent_size, consequent_key, consequent_code,
                 consequent_description, invoices, support, confidence, lift, leverage, conviction)
            SELECT 1, 1, CAST(a.product_key AS VARCHAR), a.stock_code, a.description, 1, c.product_key, c.stock_code, c.description, 40, 0.03, 0.6, 4.5, 0.02, 2.0
            FROM mart.v_product_performance AS a, mart.v_product_performance AS c WHERE a.revenue_rank = 1 AND c.revenue_rank = 2;

            INSERT INTO ml.customer_recommendation (run_id, customer_key, recommendation_rank, product_key, stock_code, description, score, source, rule_id)
            SELECT 1, r.customer_key, 1, p.product_key, p.stock_code, p.description, 0.6, 'rules', 1
            FROM (SELECT customer_key FROM mart.v_customer_rfm ORDER BY customer_key LIMIT 5) AS r, mart.v_product_performance AS p WHERE p.revenue_rank = 2;
            """);
    }

    private static void Runs(DbConnection db) => db.Execute("""
        INSERT INTO ml.model_run
            (run_id, model, job_run_id, status, message, algorithm, parameters, seed, evaluation_cutoff, scoring_cutoff, horizon_days,
             training_rows, holdout_rows, scored_rows, primary_metric, model_value, baseline_name, baseline_value, grade, duration_ms, code_version, model_path, created_at)
        VALUES
          (1, 'segments', NULL, 'trained', NULL, 'k-means', NULL, 42, NULL, DATE '2011-12-10', 90, 295, NULL, 295, 'silhouette', 0.41, NULL, NULL, NULL, 5, 'test', NULL, TIMESTAMP '2026-11-25 08:00:00'),
          (1, 'purchase_propensity', NULL, 'trained', NULL, 'LightGBM', NULL, 42, DATE '2011-09-11', DATE '2011-12-10', 90, 463, 224, 295, 'roc_auc', 0.80, 'RFM score', 0.70, 'A', 5, 'test', NULL, TIMESTAMP '2026-11-25 08:00:00'),
          (1, 'product_propensity', NULL, 'skipped', $skip, 'LightGBM', NULL, 42, DATE '2011-09-11', DATE '2011-12-10', 90, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 5, 'test', NULL, TIMESTAMP '2026-11-25 08:00:00'),
          (1, 'spend', NULL, 'trained', NULL, 'FastTree', NULL, 42, DATE '2011-09-11', DATE '2011-12-10', 90, 463, 224, 295, 'rmse', 700, 'previous period', 720, 'B', 5, 'test', NULL, TIMESTAMP '2026-11-25 08:00:00'),
          (1, 'clv', NULL, 'trained', NULL, 'BG/NBD + Gamma-Gamma', NULL, 42, DATE '2011-09-11', DATE '2011-12-10', 90, 224, 224, 295, 'rmse', 650, 'previous period', 720, 'A', 5, 'test', NULL, TIMESTAMP '2026-11-25 08:00:00'),
          (1, 'baskets', NULL, 'trained', NULL, 'FP-Growth', NULL, 42, NULL, DATE '2011-12-10', 90, 1182, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 5, 'test', NULL, TIMESTAMP '2026-11-25 08:00:00'),
          (1, 'next_best_product', NULL, 'trained', NULL, 'rules + propensity', NULL, 42, DATE '2011-09-11', DATE '2011-12-10', 90, 798, 117, 285, 'success@5', 0.2, 'bought before', 0.7, 'C', 5, 'test', NULL, TIMESTAMP '2026-11-25 08:00:00');
        """.Replace("$skip", "'" + SkipReason + "'", StringComparison.Ordinal));
}
