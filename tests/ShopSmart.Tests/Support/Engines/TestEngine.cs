namespace ShopSmart.Tests.Support.Engines;

/// <summary>
/// An engine the shared behaviour suites run on (as Dapper's tests run per provider): it says whether it can run
/// here, and why not, and creates a fresh migrated warehouse per test.
/// </summary>
public abstract class TestEngine
{
    public abstract string Name { get; }

    /// <summary>Why this engine's tests are skipped here; null when they run.</summary>
    public abstract string? SkipReason { get; }

    /// <summary>A new warehouse, migrated unless asked otherwise; the caller disposes it (and so removes it).</summary>
    public abstract TestWarehouse CreateWarehouse(bool migrate = true);
}
