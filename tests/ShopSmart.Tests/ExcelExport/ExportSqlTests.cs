using ShopSmart.Tests.Schema;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.ExcelExport;

/// <summary>
/// The exporter's dialect-neutral queries (Sql/common) run on SQL Server too: they must parse as T-SQL. (The
/// dialect folders are checked by AppSqlTests; DuckDB runs every query in the other tests.)
/// </summary>
public sealed class ExportSqlTests
{
    public static TheoryData<string> CommonQueries()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "ShopSmart.ExcelExport", "Sql", "common"), "*.sql").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CommonQueries))]
    public void Common_query_parses_as_TSql(string name)
    {
        var errors = TSqlSchemaReader.ParseErrors(File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "ShopSmart.ExcelExport", "Sql", "common", name)));

        Assert.True(errors.Count == 0, string.Join("; ", errors.Select(e => $"line {e.Line}: {e.Message}")));
    }
}
