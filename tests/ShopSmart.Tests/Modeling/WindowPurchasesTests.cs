using ShopSmart.Modeling.Data;

namespace ShopSmart.Tests.Modeling;

public sealed class WindowPurchasesTests
{
    [Fact]
    public void Pairs_are_found_by_customer_and_product_and_nothing_else()
    {
        var window = WindowPurchases.FromOrderedRows([(3, 10), (3, 12), (7, 4), (8, 1), (8, int.MaxValue), (int.MaxValue, 0)]);

        Assert.Equal(6, window.Count);
        Assert.True(window.Contains(3, 10));
        Assert.True(window.Contains(3, 12));
        Assert.True(window.Contains(8, int.MaxValue));
        Assert.True(window.Contains(int.MaxValue, 0));
        // Same product, other customer; same customer, other product; the two keys swapped.
        Assert.False(window.Contains(7, 10));
        Assert.False(window.Contains(3, 11));
        Assert.False(window.Contains(10, 3));
        Assert.False(window.Contains(-3, 10));
        Assert.False(window.Contains(3, -10));
    }

    [Fact]
    public void Pairs_come_back_in_customer_then_product_order()
    {
        (int, int)[] rows = [(1, 5), (1, 6), (2, 0), (40_000, 3_999)];

        Assert.Equal(rows, WindowPurchases.FromOrderedRows(rows).Pairs);
        Assert.Empty(WindowPurchases.FromOrderedRows([]).Pairs);
        Assert.False(WindowPurchases.FromOrderedRows([]).Contains(1, 5));
    }

    [Fact]
    public void Rows_out_of_order_repeated_or_negative_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => WindowPurchases.FromOrderedRows([(3, 10), (2, 11)]));
        Assert.Throws<InvalidOperationException>(() => WindowPurchases.FromOrderedRows([(3, 10), (3, 9)]));
        Assert.Throws<InvalidOperationException>(() => WindowPurchases.FromOrderedRows([(3, 10), (3, 10)]));
        Assert.Throws<InvalidOperationException>(() => WindowPurchases.FromOrderedRows([(-1, 10)]));
        Assert.Throws<InvalidOperationException>(() => WindowPurchases.FromOrderedRows([(1, -10)]));
    }
}
