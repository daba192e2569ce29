using ShopSmart.Core.Engines;
using ShopSmart.Core.Migrations;

namespace ShopSmart.Tests.Support.Engines;

/// <summary>Migrates a test warehouse with the repository's scripts, or fails naming the script that broke.</summary>
public static class TestMigration
{
    public static void Apply(WarehouseEngine engine)
    {
        var result = new MigrationRunner(engine).Migrate();
        if (!result.Successful)
        {
            throw new InvalidOperationException($"Migration failed at {result.ErrorScript}: {result.Error?.Message}");
        }
    }
}
