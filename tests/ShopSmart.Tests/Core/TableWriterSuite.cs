using ShopSmart.Tests.Support.Engines;

namespace ShopSmart.Tests.Core;

/// <summary>The bulk writer (DuckDB appender, SqlBulkCopy) on each engine: same rows in, same rows back.</summary>
public abstract class TableWriterSuite<TEngine> : EngineTestBase<TEngine>
    where TEngine : TestEngine, new()
{
    private sealed record MetricRow(long RunId, string Model, string Scope, string Candidate, bool IsBaseline, string Metric, double? Value);

    private sealed record StrayRow(long RunId, string Modle);

    [SkippableFact]
    public void Typed_rows_are_appended_by_column_name_with_nulls_kept()
    {
        // Given a migrated warehouse
        using var warehouse = NewWarehouse();
        using var connection = warehouse.Open();
        var writer = warehouse.Engine.CreateTableWriter();

        // When two metric rows are written, one with a NULL value
        var written = writer.Write(connection, null, "ml.model_metric", new[]
        {
            new MetricRow(7, "spend", "all", "FastTree", false, "rmse", 12.5),
            new MetricRow(7, "spend", "all", "mean", true, "rmse", null),
        });

        // Then both are there, field by field
        Assert.Equal(2, written);
        var rows = warehouse.Query<(string Candidate, bool IsBaseline, double? Value)>(
            "SELECT candidate, is_baseline, value FROM ml.model_metric WHERE run_id = 7 ORDER BY candidate");
        Assert.Equal([("FastTree", false, 12.5), ("mean", true, null)], rows);
    }

    [SkippableFact]
    public void Rows_written_inside_a_rolled_back_transaction_are_gone()
    {
        using var warehouse = NewWarehouse();
        using var connection = warehouse.Open();
        var writer = warehouse.Engine.CreateTableWriter();

        using (var transaction = connection.BeginTransaction())
        {
            writer.Write(connection, transaction, "ml.model_metric", new[] { new MetricRow(1, "spend", "all", "mean", true, "mae", 3) });
            transaction.Rollback();
        }

        Assert.Equal(0, warehouse.Scalar<long>("SELECT count(*) FROM ml.model_metric"));
    }

    [SkippableFact]
    public void A_field_the_table_does_not_have_is_named_in_the_error()
    {
        using var warehouse = NewWarehouse();
        using var connection = warehouse.Open();

        var error = Assert.Throws<InvalidOperationException>(() =>
            warehouse.Engine.CreateTableWriter().Write(connection, null, "ml.model_metric", new[] { new StrayRow(1, "x") }));

        Assert.Contains("ml.model_metric has no column modle", error.Message);
    }
}
