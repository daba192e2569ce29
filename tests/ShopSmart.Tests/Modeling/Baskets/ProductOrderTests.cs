using ShopSmart.Modeling.Baskets;

namespace ShopSmart.Tests.Modeling.Baskets;

public sealed class ProductOrderTests
{
    // Keys given in another order than the codes: key 1 is "B", key 2 "A", key 3 "10" (ordinal: "10" < "A" < "B").
    private static readonly ProductOrder Order = ProductOrder.ByStockCode([(1, "B"), (2, "A"), (3, "10")]);

    [Fact]
    public void Products_sort_by_stock_code_and_a_product_without_one_after_them_by_key() =>
        Assert.Equal([3, 2, 1, 8, 9], Order.Sorted([9, 1, 8, 2, 3]));

    [Fact]
    public void Item_sets_compare_shorter_first_then_product_by_product_in_code_order()
    {
        Assert.True(Order.CompareItemsets([1], [2, 3]) < 0);
        Assert.True(Order.CompareItemsets([1, 3], [2, 3]) > 0);   // {"10","B"} after {"10","A"}
        Assert.Equal(0, Order.CompareItemsets([3, 1], [1, 3]));
    }

    [Fact]
    public void By_key_is_the_keys_own_order() => Assert.Equal([1, 2, 3], ProductOrder.ByKey.Sorted([3, 1, 2]));
}
