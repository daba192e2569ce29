using ShopSmart.Modeling.Data;

namespace ShopSmart.Tests.Modeling;

public sealed class PurchaseHistoryTests
{
    private static CustomerProduct Row(int customer, int product, int invoices = 1, int day = 1) =>
        new() { CustomerKey = customer, ProductKey = product, Invoices = invoices, LastPurchaseDate = new DateTime(2011, 3, day, 0, 0, 0, DateTimeKind.Unspecified) };

    [Fact]
    public void Rows_are_grouped_by_customer_and_found_by_customer_and_product()
    {
        var history = PurchaseHistory.FromOrderedRows([Row(3, 10, 2, 5), Row(3, 12), Row(7, 4, 9, 20), Row(8, 1), Row(8, 10), Row(8, 11)]);

        Assert.Equal([3, 7, 8], history.Customers);
        Assert.Equal([10, 12], history.Of(3).ToArray().Select(p => p.ProductKey));
        Assert.Equal([1, 10, 11], history.Of(8).ToArray().Select(p => p.ProductKey));
        Assert.True(history.Of(5).IsEmpty);
        Assert.True(history.TryGet(7, 4, out var purchase));
        Assert.Equal(new ProductPurchase(4, 9, new DateOnly(2011, 3, 20)), purchase);
        Assert.True(history.TryGet(3, 10, out purchase));
        Assert.Equal(2, purchase.Invoices);
        Assert.False(history.TryGet(3, 11, out _));
        Assert.False(history.TryGet(7, 10, out _));
        Assert.False(history.TryGet(99, 10, out _));
    }

    [Fact]
    public void An_empty_history_has_no_customers()
    {
        var history = PurchaseHistory.FromOrderedRows([]);

        Assert.Empty(history.Customers);
        Assert.True(history.Of(1).IsEmpty);
    }

    [Fact]
    public void Rows_out_of_order_are_refused()
    {
        Assert.Throws<InvalidOperationException>(() => PurchaseHistory.FromOrderedRows([Row(3, 10), Row(2, 1)]));
        Assert.Throws<InvalidOperationException>(() => PurchaseHistory.FromOrderedRows([Row(3, 10), Row(3, 9)]));
        Assert.Throws<InvalidOperationException>(() => PurchaseHistory.FromOrderedRows([Row(3, 10), Row(3, 10)]));
    }

    [Theory]
    [InlineData(new int[0], 5, -1)]
    [InlineData(new[] { 5 }, 5, 0)]
    [InlineData(new[] { 5 }, 4, -1)]
    [InlineData(new[] { 1, 3, 5, 7, 9 }, 1, 0)]
    [InlineData(new[] { 1, 3, 5, 7, 9 }, 9, 4)]
    [InlineData(new[] { 1, 3, 5, 7, 9 }, 7, 3)]
    [InlineData(new[] { 1, 3, 5, 7, 9 }, 6, -1)]
    [InlineData(new[] { 1, 3, 5, 7, 9 }, 10, -1)]
    public void A_product_is_found_by_binary_search(int[] products, int product, int expected)
    {
        var purchases = products.Select(p => new ProductPurchase(p, 1, default)).ToArray();

        Assert.Equal(expected, PurchaseHistory.IndexOf(purchases, product));
    }
}
