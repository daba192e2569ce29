using ShopSmart.Tests.Support.Engines;

namespace ShopSmart.Tests.Modeling;

/// <summary><see cref="CustomerFeaturesSuite{TEngine}"/> on each engine.</summary>
public static class CustomerFeaturesTests
{
    public sealed class OnDuckDb : CustomerFeaturesSuite<DuckDbTestEngine>;

    public sealed class OnSqlServer : CustomerFeaturesSuite<SqlServerTestEngine>;
}
