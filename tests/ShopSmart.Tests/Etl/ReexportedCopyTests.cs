using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Etl;

/// <summary>
/// Loaded lines exported again by another tool, which trims the space around values (Google Sheets, pandas) or pads
/// every value to its column's width (sqlcmd without -W): the same lines, known as already loaded, not counted twice.
/// </summary>
public sealed class ReexportedCopyTests : IDisposable
{
    private static readonly string[][] Lines =
    [
        ["536365", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER ", "6", "12/13/2010 8:26", "2.55", "17850", "United Kingdom"],
        ["536365", "71053", " WHITE METAL LANTERN", "6", "12/13/2010 8:26", "3.39", "17850", "United Kingdom"],
        ["536366", "22633", "HAND WARMER UNION JACK", "6", "12/13/2010 8:28", "1.85", "", "United Kingdom"],
    ];

    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    private CliRunner.Result Load(string name, Func<string, string> cell) =>
        CliRunner.Etl("load", TestData.WriteCsv(_warehouse.File(name), [TestData.OnlineRetailHeader, .. Lines.Select(l => string.Join(',', l.Select(cell)))]),
            "--duckdb", _warehouse.Engine.DatabasePath);

    [Theory]
    [InlineData("trimmed")]
    [InlineData("padded")]
    public void A_copy_trimmed_or_padded_by_another_tool_is_known_as_already_loaded(string tool)
    {
        // Given the lines loaded as written (descriptions with a space before or after them)
        Assert.Equal(0, Load("original.csv", v => v).ExitCode);

        // When a copy is loaded with every value trimmed, or padded to 40 characters (wider than a stock code's 20)
        var copy = Load($"{tool}.csv", tool == "trimmed" ? v => v.Trim() : v => v.PadRight(40));

        // Then every line is already loaded: none counts twice
        Assert.Equal(0, copy.ExitCode);
        using var db = _warehouse.Open();
        Assert.Equal(3, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE batch_id = 2 AND is_already_loaded"));
        Assert.Equal(3, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales WHERE batch_id = 2"));
        Assert.Equal(0, db.ExecuteScalar<long>("SELECT count(*) FROM etl.rejected_row"));
    }

    [Fact]
    public void A_padded_export_loads_its_values_without_the_padding_that_would_not_fit_the_columns()
    {
        // When a file whose every value is padded to 40 characters is loaded first
        Assert.Equal(0, Load("padded.csv", v => v.PadRight(40)).ExitCode);

        // Then the stock codes (20 characters at most) are loaded without their padding, and name their products
        using var db = _warehouse.Open();
        Assert.Equal(["22633", "71053", "85123A"], db.Query<string>("SELECT stock_code_raw FROM dw.fact_sales ORDER BY 1"));
        Assert.Equal(3, db.ExecuteScalar<long>("SELECT count(*) FROM dw.fact_sales f JOIN dw.dim_product p USING (product_key) WHERE p.stock_code = f.stock_code_raw"));
    }
}
