using ShopSmart.Core.Engines;

namespace ShopSmart.Tests.Core;

/// <summary>What <c>shopsmart sql</c> lets through to SQL Server: reading statements only, decided by parsing.</summary>
public sealed class TSqlQueryCheckTests
{
    [Theory]
    [InlineData("SELECT * FROM mart.v_sales_monthly ORDER BY 1")]
    [InlineData("WITH m AS (SELECT year_month, net_revenue FROM mart.v_sales_monthly) SELECT TOP 3 * FROM m ORDER BY net_revenue DESC")]
    [InlineData("SELECT 'DELETE FROM dw.fact_sales' AS text -- DROP TABLE x")]
    [InlineData("SELECT 1; SELECT 2")]
    public void A_reading_query_may_run(string sql) => Assert.Null(TSqlQueryCheck.Refusal(sql));

    [Theory]
    [InlineData("DELETE FROM dw.fact_sales", "only SELECT")]
    [InlineData("SELECT 1; COMMIT; DELETE FROM etl.batch", "only SELECT")]
    [InlineData("SELECT * INTO dbo.copy FROM dw.fact_sales", "INTO")]
    [InlineData("EXEC sp_configure", "only SELECT")]
    [InlineData("UPDATE dw.dim_customer SET country_key = 0", "only SELECT")]
    [InlineData("SELECT NEXT VALUE FOR etl.seq_batch", "NEXT VALUE FOR")]
    [InlineData("SELECT * FROM OPENROWSET(BULK 'c:\\x.csv', SINGLE_CLOB) AS t", "OPENROWSET")]
    [InlineData("SELEC 1", "only SELECT")] // T-SQL reads it as EXEC SELEC 1
    [InlineData("SELECT FROM WHERE", "does not parse")]
    [InlineData("-- nothing", "empty")]
    public void Anything_else_is_refused_with_the_reason(string sql, string reason) =>
        Assert.Contains(reason, TSqlQueryCheck.Refusal(sql));
}
