using ShopSmart.Core.Insights;
using ShopSmart.Reporting.Data;
using ShopSmart.Tests.Schema;

namespace ShopSmart.Tests.Reporting;

/// <summary>
/// The report and the recommendations send the same SQL to both engines. The DuckDB tests run it; here each statement
/// must also parse as T-SQL (the view and table columns are kept equal across dialects by the schema parity test).
/// </summary>
public sealed class ReportSqlTests
{
    public static TheoryData<string> Statements()
    {
        var data = new TheoryData<string>();
        foreach (var sql in WarehouseReader.Statements.Concat(InsightReader.Statements))
        {
            data.Add(sql);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Statements))]
    public void Report_and_insight_queries_parse_as_TSql(string sql)
    {
        var errors = TSqlSchemaReader.ParseErrors(sql);

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")));
    }
}
