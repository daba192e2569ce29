using ShopSmart.Core.Engines;
using ShopSmart.Core.Migrations;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Schema;

public sealed class SchemaParityTests
{
    [Fact]
    public void DuckDb_and_TSql_scripts_define_the_same_tables_views_and_columns()
    {
        // Given the DuckDB scripts applied to an empty database and the T-SQL scripts parsed
        using var warehouse = new DuckDbWarehouse();
        using var connection = warehouse.Open();
        var duckDb = DuckDbSchemaReader.Read(connection);
        var tsql = TSqlSchemaReader.Read(Path.Combine(RepoPaths.Migrations, "sqlserver"));

        // Then they agree object by object, column by column
        Assert.Empty(SchemaComparer.Differences(duckDb, tsql));
        Assert.Contains("dw.fact_sales", duckDb.Keys);
        Assert.True(duckDb.Count >= 11, $"only {duckDb.Count} objects were read");
    }

    [Fact]
    public void A_column_added_to_one_dialect_only_is_reported()
    {
        // Given a fixture whose DuckDB table has a column the T-SQL table lacks
        using var folder = new TempDirectory();
        var root = Path.Combine(RepoPaths.Fixtures, "parity-mismatch");
        var engine = new DuckDbEngine(folder.File("mismatch.duckdb"));
        Assert.True(new MigrationRunner(engine, root).Migrate().Successful);
        using var connection = engine.OpenConnection();

        // When the two are compared
        var differences = SchemaComparer.Differences(
            DuckDbSchemaReader.Read(connection), TSqlSchemaReader.Read(Path.Combine(root, "sqlserver")));

        // Then exactly that column is named
        Assert.Equal(["dw.customer.loyalty_tier: column in DuckDB only"], differences);
    }

    [Fact]
    public void A_column_whose_type_family_differs_is_reported()
    {
        var duckDb = new Dictionary<string, SchemaObject>
        {
            ["dw.t"] = new("dw.t", "table", new Dictionary<string, string> { ["amount"] = "decimal" }),
        };
        var tsql = new Dictionary<string, SchemaObject>
        {
            ["dw.t"] = new("dw.t", "table", new Dictionary<string, string> { ["amount"] = "float" }),
        };

        Assert.Equal(["dw.t.amount: decimal in DuckDB but float in T-SQL"], SchemaComparer.Differences(duckDb, tsql));
    }
}
