using ShopSmart.Core.Engines;

namespace ShopSmart.Modeling.Output;

/// <summary>
/// Writes a run's rows to the ml tables in one transaction through Core's table writer: a run is in the warehouse
/// whole, or (on any failure) not at all.
/// </summary>
public static class ModelRunWriter
{
    public static void Write(WarehouseEngine engine, ModelingResult result)
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
        transaction.Commit();
    }
}
