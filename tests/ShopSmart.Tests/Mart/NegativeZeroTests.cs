using Dapper;

namespace ShopSmart.Tests.Mart;

/// <summary>A ratio with nothing in its numerator is 0, never -0 (which BI tools and exports print as "-0").</summary>
public sealed class NegativeZeroTests(MartFixture fixture) : IClassFixture<MartFixture>
{
    [Fact]
    public void No_mart_view_returns_negative_zero()
    {
        // Given the fixture, where most products, countries, customers and months have no cancellation
        using var db = fixture.Open();
        var views = db.Query<string>("SELECT table_name FROM information_schema.views WHERE table_schema = 'mart' ORDER BY 1").ToList();

        // When every column of every mart view is read
        var negativeZeros = new List<string>();
        foreach (var view in views)
        {
            foreach (var row in fixture.Query($"SELECT * FROM mart.{view}"))
            {
                foreach (var column in row.Values.Where(c => c.Value is double d && d == 0 && double.IsNegative(d)))
                {
                    negativeZeros.Add($"mart.{view}.{column.Key}");
                }
            }
        }

        // Then none is -0, and the return rates with no cancellations are there as plain zeros
        Assert.Empty(negativeZeros.Distinct());
        Assert.Contains(fixture.Query("SELECT return_rate FROM mart.v_product_performance"), r => r.Number("return_rate") == 0);
        Assert.Contains(fixture.Query("SELECT return_rate FROM mart.v_sales_by_country"), r => r.Number("return_rate") == 0);
        Assert.Contains(fixture.Query("SELECT return_rate FROM mart.v_customer_rfm"), r => r.Number("return_rate") == 0);
        Assert.Contains(fixture.Query("SELECT cancellation_rate FROM mart.v_sales_monthly"), r => r.Number("cancellation_rate") == 0);
    }
}
