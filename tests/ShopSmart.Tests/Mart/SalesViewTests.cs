namespace ShopSmart.Tests.Mart;

/// <summary>Sales views on the hand-made fixture (lines listed in <see cref="MartFixture"/>).</summary>
public sealed class SalesViewTests(MartFixture fixture) : IClassFixture<MartFixture>
{
    private const double Tolerance = 1e-6;

    [Fact]
    public void Monthly_sales_net_cancellations_and_split_new_from_returning_customers()
    {
        // Given the fixture: a duplicate line in December, a cancellation in January, the outlier order in February
        // When the monthly view is read
        var months = fixture.Query("SELECT * FROM mart.v_sales_monthly ORDER BY year_month");

        // Then December: gross = 25.00 + 25.50 + 15.00 + 12.75 (guest) = 78.25, the duplicate (25.00) is not counted;
        //      orders 536001, 536002, 536003 = 3; customers c1, c2 (guest excluded) = 2, both new; units 10+2+6+1 = 19
        Assert.Equal(["2010-12", "2011-01", "2011-02"], months.Select(m => m.Text("year_month")));
        var december = months[0];
        Assert.Equal(78.25, december.Number("gross_revenue"), Tolerance);
        Assert.Equal(78.25, december.Number("net_revenue"), Tolerance);
        Assert.Equal(3, december.Integer("orders"));
        Assert.Equal(2, december.Integer("customers"));
        Assert.Equal(2, december.Integer("new_customers"));
        Assert.Equal(0, december.Integer("returning_customers"));
        Assert.Equal(19, december.Integer("units"));
        Assert.Equal(78.25 / 3, december.Number("avg_order_value"), Tolerance);
        Assert.True(december.IsNull("net_revenue_growth"));

        // And January: gross = 50.00 + 17.00 + 102.00 = 169.00 (postage 18.00 excluded), cancellation -10.00,
        //     net 159.00; c3 is new, c1 returns; cancellation rate 10 / 169; growth (159 - 78.25) / 78.25
        var january = months[1];
        Assert.Equal(169.00, january.Number("gross_revenue"), Tolerance);
        Assert.Equal(-10.00, january.Number("cancellation_value"), Tolerance);
        Assert.Equal(159.00, january.Number("net_revenue"), Tolerance);
        Assert.Equal(1, january.Integer("new_customers"));
        Assert.Equal(1, january.Integer("returning_customers"));
        Assert.Equal(10.0 / 169.0, january.Number("cancellation_rate"), Tolerance);
        Assert.Equal((159.00 - 78.25) / 78.25, january.Number("net_revenue_growth"), Tolerance);

        // And February: 12.75 + 250.00 = 262.75 in one order by returning c1; growth (262.75 - 159) / 159
        var february = months[2];
        Assert.Equal(262.75, february.Number("net_revenue"), Tolerance);
        Assert.Equal(1, february.Integer("orders"));
        Assert.Equal(0, february.Integer("new_customers"));
        Assert.Equal(1, february.Integer("returning_customers"));
        Assert.Equal((262.75 - 159.00) / 159.00, february.Number("net_revenue_growth"), Tolerance);
    }

    [Fact]
    public void Weekday_hour_heatmap_puts_each_clean_sale_in_its_iso_weekday_and_hour()
    {
        // Given clean sales on Wed 10h, Thu 14h (two orders), Mon 9h, Thu 16h and Mon 10h
        // When the heatmap view is read
        var cells = fixture.Query("SELECT * FROM mart.v_sales_weekday_hour ORDER BY iso_weekday, hour_of_day");

        // Then there are five cells; Thursday 14h holds 536002 (15.00) + 536003 (12.75) = 27.75 in 2 orders
        Assert.Equal(5, cells.Count);
        var thursday = Assert.Single(cells, c => c.Integer("iso_weekday") == 4 && c.Integer("hour_of_day") == 14);
        Assert.Equal("Thursday", thursday.Text("weekday_name"));
        Assert.Equal(27.75, thursday.Number("revenue"), Tolerance);
        Assert.Equal(2, thursday.Integer("orders"));

        // And Monday 10h is the February order, 262.75 of the 510.00 total
        var monday = Assert.Single(cells, c => c.Integer("iso_weekday") == 1 && c.Integer("hour_of_day") == 10);
        Assert.Equal(262.75 / 510.00, monday.Number("share_of_revenue"), Tolerance);
        Assert.Equal(510.00, cells.Sum(c => c.Number("revenue")), Tolerance);
    }

    [Fact]
    public void Sales_by_country_share_revenue_and_count_returns_against_gross()
    {
        // Given UK gross 78.25 + 50.00 + 17.00 + 262.75 = 408.00 with a -10.00 cancellation, and France 102.00
        // When the country view is read
        var countries = fixture.Query("SELECT * FROM mart.v_sales_by_country ORDER BY country_name");

        // Then the UK has 80% of 510.00, 5 orders, 2 known customers, AOV 408 / 5 and return rate 10 / 408
        var uk = Assert.Single(countries, c => c.Text("country_name") == "United Kingdom");
        Assert.Equal(408.00, uk.Number("gross_revenue"), Tolerance);
        Assert.Equal(398.00, uk.Number("net_revenue"), Tolerance);
        Assert.Equal(0.8, uk.Number("share_of_revenue"), Tolerance);
        Assert.Equal(5, uk.Integer("orders"));
        Assert.Equal(2, uk.Integer("customers"));
        Assert.Equal(408.00 - 12.75, uk.Number("customer_revenue"), Tolerance); // the guest line of 536003 left out
        Assert.Equal(408.0 / 5, uk.Number("avg_order_value"), Tolerance);
        Assert.Equal(10.0 / 408.0, uk.Number("return_rate"), Tolerance);

        // And France's postage line (18.00) is not revenue
        var france = Assert.Single(countries, c => c.Text("country_name") == "France");
        Assert.Equal(102.00, france.Number("gross_revenue"), Tolerance);
        Assert.Equal(0.2, france.Number("share_of_revenue"), Tolerance);
    }

    [Fact]
    public void Product_performance_ranks_products_and_classes_them_by_pareto_share()
    {
        // Given P1 = 25 + 15 + 50 + 250 = 340.00 (136 units), P2 = 25.50 + 12.75 + 102 + 12.75 = 153.00,
        //       P3 = 17.00, total 510.00, and a postage line
        // When the product view is read
        var products = fixture.Query("SELECT * FROM mart.v_product_performance ORDER BY revenue_rank");

        // Then postage is not a product row, and P1 ranks first with 4 orders, 2 customers, price 340 / 136 = 2.50
        Assert.Equal(["85123A", "22423", "21730"], products.Select(p => p.Text("stock_code")));
        var top = products[0];
        Assert.Equal(1, top.Integer("revenue_rank"));
        Assert.Equal(340.00, top.Number("revenue"), Tolerance);
        Assert.Equal(136, top.Integer("units"));
        Assert.Equal(4, top.Integer("orders"));
        Assert.Equal(2, top.Integer("customers"));
        Assert.Equal(2.50, top.Number("avg_unit_price"), Tolerance);
        Assert.Equal("2.5-5", top.Text("price_band"));
        Assert.Equal(10.0 / 340.0, top.Number("return_rate"), Tolerance);

        // And ABC: P1 starts at 0% cumulative (A); P2 starts at 340/510 = 66.7% < 80% (A);
        //     P3 starts at 493/510 = 96.7% >= 95% (C)
        Assert.Equal(["A", "A", "C"], products.Select(p => p.Text("abc_class")));
        Assert.Equal("10+", products[1].Text("price_band"));
    }
}
