namespace ShopSmart.Tests.Support.Engines;

/// <summary>
/// Base of the behaviour suites written once and run per engine (Dapper's TestBase&lt;TProvider&gt;): a suite is an
/// abstract <c>XxxSuite&lt;TEngine&gt;</c> of [SkippableFact]s, and its <c>XxxTests</c> holds one empty subclass per engine
/// (<c>OnDuckDb</c>, <c>OnSqlServer</c>). Same assertions, same figures; an engine that cannot run here skips with
/// its reason.
/// </summary>
public abstract class EngineTestBase<TEngine>
    where TEngine : TestEngine, new()
{
    protected static TEngine Engine { get; } = new();

    /// <summary>A fresh warehouse on this engine, or the test is skipped with the reason the engine gives.</summary>
    protected static TestWarehouse NewWarehouse(bool migrate = true)
    {
        RequireEngine();
        return Engine.CreateWarehouse(migrate);
    }

    protected static void RequireEngine() => Skip.If(Engine.SkipReason is not null, Engine.SkipReason);
}
