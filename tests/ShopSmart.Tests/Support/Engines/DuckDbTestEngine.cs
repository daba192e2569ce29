using ShopSmart.Core.Engines;

namespace ShopSmart.Tests.Support.Engines;

/// <summary>DuckDB, always available: a warehouse is a file in a temp folder, removed with it.</summary>
public sealed class DuckDbTestEngine : TestEngine
{
    public override string Name => "DuckDB";

    public override string? SkipReason => null;

    public override TestWarehouse CreateWarehouse(bool migrate = true)
    {
        var folder = new TempDirectory();
        var path = folder.File("warehouse.duckdb");
        var engine = new DuckDbEngine(path);
        if (migrate)
        {
            TestMigration.Apply(engine);
        }

        return new TestWarehouse(engine, ["--duckdb", path], folder.Dispose);
    }
}
