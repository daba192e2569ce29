using System.Collections;

namespace ShopSmart.Modeling.Propensity;

/// <summary>
/// Product-propensity scores by customer and product: one row of scores per customer over the same products. One
/// array instead of a dictionary per customer: at 80 k customers × 20 products those dictionaries were ~140 MB of the
/// modelling run's heap, held until the next-best products are blended.
/// </summary>
public sealed class ProductScores
{
    private readonly Dictionary<int, int> _rowOf;
    private readonly Dictionary<int, int> _columnOf;
    private readonly int[] _products;
    private readonly double[] _scores;

    private ProductScores(Dictionary<int, int> rowOf, int[] products, double[] scores)
    {
        _rowOf = rowOf;
        _products = products;
        _columnOf = products.Select((p, j) => (p, j)).ToDictionary(x => x.p, x => x.j);
        _scores = scores;
    }

    /// <summary>
    /// Scores given pair by pair, customer by customer with the same products in the same order for each (as the
    /// product-propensity pairs are built); anything else is refused.
    /// </summary>
    public static ProductScores Of(IReadOnlyList<int> customerKeys, IReadOnlyList<int> productKeys, IReadOnlyList<double> scores)
    {
        if (customerKeys.Count != scores.Count || productKeys.Count != scores.Count)
        {
            throw new ArgumentException($"{customerKeys.Count} customers and {productKeys.Count} products for {scores.Count} scores.");
        }

        var width = 0;
        while (width < customerKeys.Count && customerKeys[width] == customerKeys[0])
        {
            width++;
        }

        if (width > 0 && customerKeys.Count % width != 0)
        {
            throw new ArgumentException($"{scores.Count} scores are not whole rows of {width} products.");
        }

        var products = productKeys.Take(width).ToArray();
        if (products.Distinct().Count() != width)
        {
            throw new ArgumentException($"Customer {customerKeys[0]} has a product scored twice.");
        }

        var rowOf = new Dictionary<int, int>(width == 0 ? 0 : customerKeys.Count / width);
        for (var i = 0; i < scores.Count; i++)
        {
            if (productKeys[i] != products[i % width] || customerKeys[i] != customerKeys[i - (i % width)])
            {
                throw new ArgumentException($"Score {i} (customer {customerKeys[i]}, product {productKeys[i]}) breaks the customer-by-customer layout.");
            }

            if (i % width == 0 && !rowOf.TryAdd(customerKeys[i], i / width))
            {
                throw new ArgumentException($"Customer {customerKeys[i]} has two rows of scores.");
            }
        }

        return new ProductScores(rowOf, products, [.. scores]);
    }

    /// <summary>The customer's score per product, or null when the customer was not scored.</summary>
    public IReadOnlyDictionary<int, double>? For(int customerKey) =>
        _rowOf.TryGetValue(customerKey, out var row) ? new Row(this, row * _products.Length) : null;

    private sealed class Row(ProductScores scores, int offset) : IReadOnlyDictionary<int, double>
    {
        public int Count => scores._products.Length;

        public IEnumerable<int> Keys => scores._products;

        public IEnumerable<double> Values => scores._scores.Skip(offset).Take(Count);

        public double this[int key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"Product {key} was not scored.");

        public bool ContainsKey(int key) => scores._columnOf.ContainsKey(key);

        public bool TryGetValue(int key, out double value)
        {
            var found = scores._columnOf.TryGetValue(key, out var column);
            value = found ? scores._scores[offset + column] : 0;
            return found;
        }

        public IEnumerator<KeyValuePair<int, double>> GetEnumerator() =>
            Keys.Zip(Values, KeyValuePair.Create).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
