using Dapper;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Mart;

/// <summary>
/// mart.v_column_profile reads its quartiles off the counts of each distinct value (DuckDB); they must be those
/// quantile_cont gives over the lines themselves.
/// </summary>
public sealed class ColumnProfileQuartileTests : IDisposable
{
    private readonly DuckDbWarehouse _warehouse = new();

    public void Dispose() => _warehouse.Dispose();

    [Fact]
    public void Quartiles_between_two_values_are_interpolated_as_quantile_cont_does()
    {
        // Given four lines: quantities 1, 2, 3, 10 and prices 1.00, 1.00, 2.50, 4.00
        LoadFourLines("four.csv", (1, "1.00"), (2, "1.00"), (3, "2.50"), (10, "4.00"));

        // When the profile's quartiles are read
        var quartiles = Quartiles();

        // Then each lies at (n - 1) q = 0.75, 1.5 and 2.25 between its neighbours:
        //     quantity 1 + 0.75 (2 - 1) = 1.75, (2 + 3) / 2 = 2.5, 3 + 0.25 (10 - 3) = 4.75;
        //     price 1.00, (1.00 + 2.50) / 2 = 1.75, 2.50 + 0.25 (4.00 - 2.50) = 2.875
        Assert.Equal((1.75, 2.5, 4.75), quartiles["quantity"]);
        Assert.Equal((1.0, 1.75, 2.875), quartiles["unit_price"]);
    }

    [Fact]
    public void Interpolated_quartiles_are_rounded_as_quantile_cont_rounds_them()
    {
        // Given prices 1.36, 1.40, 6.36 and 6.38, whose median quantile_cont rounds to 3.88 (lo (1 - d) + hi d) where
        // the textbook lo + (hi - lo) d gives 3.8800000000000003
        LoadFourLines("rounding.csv", (1, "1.36"), (2, "1.40"), (3, "6.36"), (10, "6.38"));

        // When the profile's price quartiles are read beside quantile_cont's
        var quartiles = Quartiles();
        using var db = _warehouse.Open();
        var expected = db.QuerySingle<(double P25, double P50, double P75)>("""
            SELECT quantile_cont(x, 0.25), quantile_cont(x, 0.5), quantile_cont(x, 0.75)
            FROM (SELECT CAST(unit_price AS DOUBLE) AS x FROM dw.fact_sales)
            """);

        // Then they are the same doubles: 1.36 + 0.75 (1.40 - 1.36), the mean of 1.40 and 6.36, 6.36 + 0.25 (6.38 - 6.36)
        Assert.Equal(expected, quartiles["unit_price"]);
        Assert.Equal((1.39, 3.88, 6.365), quartiles["unit_price"]);
    }

    [Fact]
    public void Quartiles_of_the_sample_are_those_of_quantile_cont_to_the_last_bit()
    {
        // Given the repository's sample of the real data, with its duplicates
        Assert.Equal(0, CliRunner.Etl("load", TestData.SamplePath, "--duckdb", _warehouse.Engine.DatabasePath).ExitCode);

        // When the profile's quartiles are read beside quantile_cont over the same lines (duplicates excluded)
        var quartiles = Quartiles();
        using var db = _warehouse.Open();
        var expected = db.QuerySingle<(double Q25, double Q50, double Q75, double P25, double P50, double P75)>("""
            SELECT
                quantile_cont(quantity, 0.25), quantile_cont(quantity, 0.5), quantile_cont(quantity, 0.75),
                quantile_cont(CAST(unit_price AS DOUBLE), 0.25), quantile_cont(CAST(unit_price AS DOUBLE), 0.5),
                quantile_cont(CAST(unit_price AS DOUBLE), 0.75)
            FROM dw.fact_sales
            WHERE NOT is_duplicate
            """);

        // Then they are equal, not merely close
        Assert.Equal((expected.Q25, expected.Q50, expected.Q75), quartiles["quantity"]);
        Assert.Equal((expected.P25, expected.P50, expected.P75), quartiles["unit_price"]);
    }

    /// <summary>Four clean sales of four products by two customers, with the quantities and prices given.</summary>
    private void LoadFourLines(string fileName, params (int Quantity, string Price)[] lines)
    {
        string[] products = ["85123A,WHITE HANGING HEART T-LIGHT HOLDER", "71053,WHITE METAL LANTERN", "22633,HAND WARMER UNION JACK", "22632,HAND WARMER RED POLKA DOT"];
        var path = TestData.WriteCsv(_warehouse.File(fileName),
        [
            TestData.OnlineRetailHeader,
            .. lines.Select((l, i) => $"{536365 + i},{products[i]},{l.Quantity},12/13/2010 8:{26 + (2 * i)},{l.Price},{(i < 2 ? 17850 : 13047)},United Kingdom"),
        ]);
        Assert.Equal(0, CliRunner.Etl("load", path, "--duckdb", _warehouse.Engine.DatabasePath).ExitCode);
    }

    private Dictionary<string, (double P25, double P50, double P75)> Quartiles()
    {
        using var db = _warehouse.Open();
        return db.Query<(string Column, double P25, double P50, double P75)>(
                "SELECT column_name, p25, p50, p75 FROM mart.v_column_profile WHERE p25 IS NOT NULL")
            .ToDictionary(r => r.Column, r => (r.P25, r.P50, r.P75));
    }
}
