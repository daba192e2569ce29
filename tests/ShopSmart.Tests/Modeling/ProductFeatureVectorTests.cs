using ShopSmart.Modeling.Baskets;
using ShopSmart.Modeling.Data;
using ShopSmart.Modeling.Features;

namespace ShopSmart.Tests.Modeling;

public sealed class ProductFeatureVectorTests
{
    private static readonly DateOnly Cutoff = new(2011, 6, 1);

    // Customer 3 bought product 10 on two invoices, the last 9 days before the cut-off, and product 12 once; 40 customers
    // in all, 10 of whom bought product 20 recently. Rule {12} → 20 (confidence 0.5, lift 2) applies to customer 3.
    private static ProductFeatureVector Vector() => new(
        Cutoff,
        PurchaseHistory.FromOrderedRows([
            new CustomerProduct { CustomerKey = 3, ProductKey = 10, Invoices = 2, LastPurchaseDate = new DateTime(2011, 5, 23) },
            new CustomerProduct { CustomerKey = 3, ProductKey = 12, Invoices = 1, LastPurchaseDate = new DateTime(2011, 4, 1) },
        ]),
        [new AssociationRule([12], 20, Count: 5, AntecedentCount: 10, ConsequentCount: 25, TransactionCount: 100)],
        [new ProductInfo { ProductKey = 10, RecentCustomers = 4 }, new ProductInfo { ProductKey = 20, RecentCustomers = 10 }],
        customers: 40,
        targets: [10, 20]);

    private static readonly CustomerFeatures Customer = new() { CustomerKey = 3, TenureDays = 100 };

    [Fact]
    public void A_pair_row_is_the_customer_row_then_the_product_history_popularity_and_best_rule()
    {
        var row = Vector().From([7f, 8f], Customer, 10);

        Assert.Equal([7f, 8f, 1f, (float)Math.Log(3), (float)Math.Log(10), 0.1f, 0f, 0f], row);

        var never = Vector().From([7f, 8f], Customer, 20);

        // Never bought: days since last is the tenure plus a year; the rule {12} → 20 applies.
        Assert.Equal([7f, 8f, 0f, 0f, (float)Math.Log(466), 0.25f, 0.5f, 2f], never);
    }
}
