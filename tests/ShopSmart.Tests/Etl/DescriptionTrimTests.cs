using System.Text;
using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// Descriptions are trimmed of spaces only, on both engines (T-SQL's TRIM strips nothing else): a trailing space makes
/// no new description, a trailing no-break space does.
/// </summary>
public sealed class DescriptionTrimTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void Only_spaces_are_trimmed_from_descriptions()
    {
        var path = TestData.WriteCsv(_warehouse.File("trim.csv"),
        [
            TestData.OnlineRetailHeader,
            "536500,90003,GREEN JUG,1,12/20/2010 10:00,4.00,17850,United Kingdom",
            "536501,90003,GREEN JUG ,1,12/21/2010 10:00,4.00,17851,United Kingdom",
            "536502,90003,GREEN JUG\u00a0,1,12/22/2010 10:00,4.00,17852,United Kingdom",
        ], Encoding.UTF8);

        Assert.Equal(0, CliRunner.Etl("load", path, "--date-order", "month-first", "--duckdb", _warehouse.Engine.DatabasePath).ExitCode);

        using var db = _warehouse.Open();
        Assert.Equal(
            [("GREEN JUG", 2L), ("GREEN JUG\u00a0", 1L)],
            db.Query<(string Description, long Lines)>(
                "SELECT description, line_count FROM dw.dim_product_description ORDER BY description"));
        Assert.Equal(1, db.ExecuteScalar<long>(
            "SELECT rows_matched FROM etl.batch_rule_count WHERE rule_code = 'DESCRIPTION_NOT_CANONICAL'"));
    }
}
