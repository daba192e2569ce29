using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Schema;

/// <summary>The business rules live in one place each; the views read them rather than restate them.</summary>
public sealed class RevenueRuleTests
{
    [Theory]
    [InlineData("duckdb")]
    [InlineData("sqlserver")]
    public void Only_dw_v_revenue_line_spells_out_which_lines_count_in_revenue(string dialect)
    {
        // Given every view script of the dialect
        var views = Directory.EnumerateFiles(Path.Combine(RepoPaths.Migrations, dialect, "views"), "*.sql");

        // When the scripts that restate the revenue condition (cancellations that are neither duplicates nor
        // non-product lines) are listed
        var restating = views
            .Where(path => File.ReadAllText(path).Contains("is_non_product", StringComparison.OrdinalIgnoreCase))
            .Select(Path.GetFileName);

        // Then only the view that defines it does
        Assert.Equal(["0085_v_revenue_line.sql"], restating);
    }
}
