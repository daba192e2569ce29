namespace ShopSmart.Modeling.Data;

/// <summary>
/// Which products each customer bought in the horizon after a cut-off: the product-propensity labels and the
/// next-best-product hold-out. Held as one sorted array of packed (customer, product) keys and looked up by binary
/// search: at 10 M lines a window has ~2 M pairs, 17 MB as keys against ~45 MB more as a hash set of tuples built
/// beside the query's list.
/// </summary>
public sealed class WindowPurchases
{
    private readonly long[] _keys;

    private WindowPurchases(long[] keys) => _keys = keys;

    public int Count => _keys.Length;

    /// <summary>The pairs in customer, then product order.</summary>
    public IEnumerable<(int CustomerKey, int ProductKey)> Pairs => _keys.Select(Unpack);

    /// <summary>
    /// The pairs of rows ordered by customer then product, each once (the query's DISTINCT and ORDER BY): a row out of
    /// that order, or repeated, is refused, since every lookup relies on it.
    /// </summary>
    public static WindowPurchases FromOrderedRows(IEnumerable<(int CustomerKey, int ProductKey)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var keys = new List<long>();
        foreach (var (customer, product) in rows)
        {
            if (customer < 0 || product < 0)
            {
                throw new InvalidOperationException($"Window purchase ({customer}, {product}): keys are never negative.");
            }

            var key = Pack(customer, product);
            if (keys.Count > 0 && key <= keys[^1])
            {
                var (lastCustomer, lastProduct) = Unpack(keys[^1]);
                throw new InvalidOperationException(
                    $"Window purchases out of order or repeated: ({customer}, {product}) after ({lastCustomer}, {lastProduct}).");
            }

            keys.Add(key);
        }

        return new WindowPurchases([.. keys]);
    }

    public bool Contains(int customerKey, int productKey) =>
        customerKey >= 0 && productKey >= 0 && Array.BinarySearch(_keys, Pack(customerKey, productKey)) >= 0;

    private static long Pack(int customerKey, int productKey) => ((long)customerKey << 32) | (uint)productKey;

    private static (int CustomerKey, int ProductKey) Unpack(long key) => ((int)(key >> 32), (int)(key & 0xFFFF_FFFF));
}
