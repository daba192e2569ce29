using ShopSmart.Tests.Support.Engines;

namespace ShopSmart.Tests.Modeling;

/// <summary><see cref="ModelingPipelineSuite{TEngine}"/> on each engine.</summary>
public static class ModelingPipelineTests
{
    public sealed class OnDuckDb(ModelingFixture<DuckDbTestEngine> fixture) : ModelingPipelineSuite<DuckDbTestEngine>(fixture);

    public sealed class OnSqlServer(ModelingFixture<SqlServerTestEngine> fixture) : ModelingPipelineSuite<SqlServerTestEngine>(fixture);
}
