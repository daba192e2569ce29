using BenchmarkDotNet.Attributes;
using ShopSmart.Bench.Synthetic;
using ShopSmart.Modeling.Baskets;

namespace ShopSmart.Bench.Micro;

/// <summary>
/// FP-Growth at the modelling run's settings (support 1%, itemsets up to 3) on the invoices of a synthetic file: the
/// UCI file's size (about 20,000 invoices) and five times it.
/// </summary>
[MemoryDiagnoser]
public class FpGrowthBenchmarks
{
    private int[][] _baskets = [];

    [Params(500_000, 2_500_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // The purchase invoices' product codes, as the modelling reads them (cancellations and fees left out).
        using var stream = new MemoryStream();
        SyntheticRetailGenerator.Generate(new SyntheticRetailOptions { Lines = Lines, Seed = 13 }, stream);
        stream.Position = 0;
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var codes = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var baskets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            var invoice = fields[0];
            var code = fields[1];
            if (invoice.StartsWith('C') || !char.IsDigit(code[0]) || fields[^2].Length == 0)
            {
                continue;
            }

            if (!codes.TryGetValue(code, out var key))
            {
                codes[code] = key = codes.Count;
            }

            if (!baskets.TryGetValue(invoice, out var basket))
            {
                baskets[invoice] = basket = [];
            }

            basket.Add(key);
        }

        _baskets = baskets.Values.Select(b => b.ToArray()).ToArray();
    }

    [Benchmark]
    public int Mine() => FpGrowth.Mine(_baskets, new FrequentItemsetOptions { MinSupport = 0.01, MaxLength = 3 }).Itemsets.Count;
}
