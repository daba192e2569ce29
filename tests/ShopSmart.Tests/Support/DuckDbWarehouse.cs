using System.Data.Common;
using ShopSmart.Core.Engines;
using ShopSmart.Core.Migrations;

namespace ShopSmart.Tests.Support;

/// <summary>A migrated DuckDB warehouse in a temp folder of its own, for tests that need the real schema.</summary>
public sealed class DuckDbWarehouse : IDisposable
{
    private readonly TempDirectory _folder = new();

    public DuckDbWarehouse(bool migrate = true)
    {
        Engine = new DuckDbEngine(_folder.File("warehouse.duckdb"));
        if (migrate)
        {
            var result = new MigrationRunner(Engine).Migrate();
            if (!result.Successful)
            {
                throw new InvalidOperationException($"Migration failed at {result.ErrorScript}: {result.Error?.Message}");
            }
        }
    }

    public DuckDbEngine Engine { get; }

    public string Folder => _folder.Path;

    /// <summary>A path in the warehouse's own temp folder, for the files a test writes and reads; deleted with it.</summary>
    public string File(string name) => _folder.File(name);

    public DbConnection Open() => Engine.OpenConnection();

    public void Dispose() => _folder.Dispose();
}
