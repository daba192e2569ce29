namespace ShopSmart.Modeling.Data;

/// <summary>A product a customer bought before a cut-off: on how many invoices, and on which day last.</summary>
public readonly record struct ProductPurchase(int ProductKey, int Invoices, DateOnly LastPurchaseDate);

/// <summary>
/// What each customer bought before a cut-off: per customer, their products in product-key order. Held as one
/// exact-size array per customer of 12-byte entries, not as the query's rows: at 10 M lines a cut-off has 5.4 M pairs,
/// and three cut-offs held as rows, with the copies grouped by customer, were 440 MB of the modelling run's heap.
/// </summary>
public sealed class PurchaseHistory
{
    private readonly int[] _customers;
    private readonly ProductPurchase[][] _products;

    private PurchaseHistory(int[] customers, ProductPurchase[][] products)
    {
        _customers = customers;
        _products = products;
    }

    /// <summary>The customers with a purchase, in key order.</summary>
    public IReadOnlyList<int> Customers => _customers;

    /// <summary>
    /// Groups rows ordered by customer then product (the query's ORDER BY), read as they stream: a row out of that
    /// order is refused, since every lookup relies on it.
    /// </summary>
    public static PurchaseHistory FromOrderedRows(IEnumerable<CustomerProduct> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var customers = new List<int>();
        var products = new List<ProductPurchase[]>();
        var current = new List<ProductPurchase>();
        foreach (var row in rows)
        {
            if (current.Count > 0 && row.CustomerKey != customers[^1])
            {
                if (row.CustomerKey < customers[^1])
                {
                    throw new InvalidOperationException($"Purchase history rows out of order: customer {row.CustomerKey} after {customers[^1]}.");
                }

                products.Add([.. current]);
                current.Clear();
            }

            if (current.Count == 0)
            {
                customers.Add(row.CustomerKey);
            }
            else if (row.ProductKey <= current[^1].ProductKey)
            {
                throw new InvalidOperationException(
                    $"Purchase history rows out of order: product {row.ProductKey} after {current[^1].ProductKey} for customer {row.CustomerKey}.");
            }

            current.Add(new ProductPurchase(row.ProductKey, row.Invoices, DateOnly.FromDateTime(row.LastPurchaseDate)));
        }

        if (current.Count > 0)
        {
            products.Add([.. current]);
        }

        return new PurchaseHistory([.. customers], [.. products]);
    }

    /// <summary>The customer's products in key order; empty when they bought nothing before the cut-off.</summary>
    public ReadOnlySpan<ProductPurchase> Of(int customerKey)
    {
        var i = Array.BinarySearch(_customers, customerKey);
        return i >= 0 ? _products[i] : [];
    }

    /// <summary>The customer's purchase of the product, if any.</summary>
    public bool TryGet(int customerKey, int productKey, out ProductPurchase purchase)
    {
        var products = Of(customerKey);
        var i = IndexOf(products, productKey);
        purchase = i >= 0 ? products[i] : default;
        return i >= 0;
    }

    /// <summary>Where the product is in one customer's products (ordered by key), or a negative number.</summary>
    public static int IndexOf(ReadOnlySpan<ProductPurchase> products, int productKey)
    {
        var lo = 0;
        var hi = products.Length - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var key = products[mid].ProductKey;
            if (key == productKey)
            {
                return mid;
            }

            if (key < productKey)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
