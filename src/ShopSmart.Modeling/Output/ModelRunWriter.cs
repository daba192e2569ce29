using Dapper;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Sql;

namespace ShopSmart.Modeling.Output;

/// <summary>
/// Writes a run's rows to the ml tables in one transaction through Core's table writer: a run is in the warehouse
/// whole, or (on any failure) not at all. The same transaction clears the per-customer rows of runs older than the
/// newest <c>keepRuns</c> (Modeling:KeepRuns), so a nightly schedule does not grow the ml schema without bound.
/// Returns the oldest run that keeps its rows (null when nothing was cleared), for the saved models to follow.
/// </summary>
public static class ModelRunWriter
{
    public static long? Write(WarehouseEngine engine, ModelingResult result, int keepRuns = 0)
    {
        var writer = engine.CreateTableWriter();
        using var connection = engine.OpenConnection();
        using var transaction = connection.BeginTransaction();
        writer.Write(connection, transaction, "ml.model_run", result.Runs);
        writer.Write(connection, transaction, "ml.model_metric", result.Metrics);
        writer.Write(connection, transaction, "ml.model_curve", result.Curves);
        writer.Write(connection, transaction, "ml.feature_importance", result.Importances);
        writer.Write(connection, transaction, "ml.customer_score", result.CustomerScores.Values.OrderBy(s => s.CustomerKey));
        writer.Write(connection, transaction, "ml.customer_product_score", result.CustomerProductScores);
        writer.Write(connection, transaction, "ml.segment_profile", result.SegmentProfiles);
        writer.Write(connection, transaction, "ml.association_rule", result.Rules);
        writer.Write(connection, transaction, "ml.customer_recommendation", result.Recommendations);
        long? oldestKept = null;
        if (keepRuns > 0)
        {
            var sql = new SqlCatalog(typeof(ModelRunWriter).Assembly, engine.Dialect);
            oldestKept = connection.QuerySingleOrDefault<long?>(sql.Get("runs_oldest_kept"), new { keep = keepRuns }, transaction);
            if (oldestKept is { } oldest)
            {
                connection.Execute(sql.Get("runs_prune"), new { oldest_kept = oldest }, transaction);
            }
        }

        transaction.Commit();
        return oldestKept;
    }
}
