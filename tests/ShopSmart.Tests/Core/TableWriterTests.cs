using ShopSmart.Tests.Support.Engines;

namespace ShopSmart.Tests.Core;

/// <summary><see cref="TableWriterSuite{TEngine}"/> on each engine.</summary>
public static class TableWriterTests
{
    public sealed class OnDuckDb : TableWriterSuite<DuckDbTestEngine>;

    public sealed class OnSqlServer : TableWriterSuite<SqlServerTestEngine>;
}
