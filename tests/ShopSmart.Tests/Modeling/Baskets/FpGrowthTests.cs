using ShopSmart.Modeling.Baskets;

namespace ShopSmart.Tests.Modeling.Baskets;

public sealed class FpGrowthTests
{
    // Hand-made: duplicates inside an invoice, an empty invoice, a product seen once, keys not starting at 0.
    private static readonly int[][] Handmade =
    [
        [10, 20, 30, 10],
        [20, 30],
        [10, 20, 30, 40],
        [],
        [40, 50, 40],
        [10, 30],
        [20, 30, 40],
        [10, 20],
        [99],
        [30, 20, 10],
    ];

    [Theory]
    [InlineData(1, 3, true)]
    [InlineData(2, 3, true)]
    [InlineData(3, 2, true)]
    [InlineData(1, 10, true)]
    [InlineData(4, 1, true)]
    [InlineData(1, 3, false)]
    [InlineData(2, 2, false)]
    [InlineData(1, 10, false)]
    public void Handmade_itemsets_match_brute_force(int minCount, int maxLength, bool pairTable)
    {
        var options = new FrequentItemsetOptions { MinCount = minCount, MaxLength = maxLength, MaxPairCounters = pairTable ? 1000 : 0 };

        var found = FpGrowth.Mine(Handmade, options);

        Assert.Equal(BruteForceItemsets.Count(Handmade, minCount, maxLength), AsDictionary(found));
    }

    [Theory]
    [InlineData(0.02, 3, true)]
    [InlineData(0.05, 3, true)]
    [InlineData(0.10, 4, true)]
    [InlineData(0.20, 15, true)]
    [InlineData(0.30, 2, true)]
    [InlineData(0.02, 3, false)]
    [InlineData(0.05, 2, false)]
    [InlineData(0.10, 15, false)]
    public void Seeded_random_itemsets_match_brute_force(double minSupport, int maxLength, bool pairTable)
    {
        // Without the pair table (MaxPairCounters 0) the first level walks the tree like every other level.
        var transactions = RandomBaskets(seed: 7, count: 200, items: 15);
        var options = new FrequentItemsetOptions { MinSupport = minSupport, MaxLength = maxLength, MaxPairCounters = pairTable ? 1000 : 0 };

        var found = FpGrowth.Mine(transactions, options);

        var expected = BruteForceItemsets.Count(transactions, options.MinCountFor(200), maxLength);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, AsDictionary(found));
    }

    [Fact]
    public void Min_support_is_a_fraction_of_all_transactions_including_empty_ones()
    {
        // 10 transactions: 10% = 1, 15% needs 2 (1.5 rounded up), 7% of 100 stays 7 despite binary rounding.
        Assert.Equal(1, new FrequentItemsetOptions { MinSupport = 0.10 }.MinCountFor(10));
        Assert.Equal(2, new FrequentItemsetOptions { MinSupport = 0.15 }.MinCountFor(10));
        Assert.Equal(7, new FrequentItemsetOptions { MinSupport = 0.07 }.MinCountFor(100));
        Assert.Equal(1, new FrequentItemsetOptions { MinSupport = 0.01 }.MinCountFor(0));

        var found = FpGrowth.Mine(Handmade, new FrequentItemsetOptions { MinSupport = 0.5 });

        // Support is over all 10 invoices (the empty one too): 20 and 30 are in 6 of them, 10 and {20, 30} in 5,
        // {10, 20} and {10, 30} in only 4.
        Assert.Equal(["20", "30", "10", "20,30"], found.Itemsets.Select(s => BruteForceItemsets.Key(s.Items)));
        Assert.Equal([0.6, 0.6, 0.5, 0.5], found.Itemsets.Select(s => s.Support));
        Assert.Equal(5, found.MinCount);
    }

    [Fact]
    public void Output_is_ordered_by_length_then_count_then_items()
    {
        var found = FpGrowth.Mine(Handmade, new FrequentItemsetOptions { MinCount = 2 });

        var expected = found.Itemsets
            .OrderBy(s => s.Items.Count)
            .ThenByDescending(s => s.Count)
            .ThenBy(s => string.Join(",", s.Items.Select(i => i.ToString("D5", null))), StringComparer.Ordinal);
        Assert.Equal(expected, found.Itemsets);
        Assert.All(found.Itemsets, s => Assert.Equal(s.Items.Order(), s.Items));
    }

    [Fact]
    public void Same_input_in_another_order_gives_the_same_itemsets()
    {
        var transactions = RandomBaskets(seed: 3, count: 200, items: 15);
        var shuffled = transactions.Reverse().Select(t => t.Reverse().ToArray()).ToArray();
        var options = new FrequentItemsetOptions { MinSupport = 0.05 };

        var a = FpGrowth.Mine(transactions, options).Itemsets.Select(s => (BruteForceItemsets.Key(s.Items), s.Count));
        var b = FpGrowth.Mine(shuffled, options).Itemsets.Select(s => (BruteForceItemsets.Key(s.Items), s.Count));

        Assert.Equal(a, b);
    }

    [Fact]
    public void Too_many_itemsets_stop_with_a_message_that_says_what_to_change()
    {
        var transactions = RandomBaskets(seed: 7, count: 200, items: 15);

        var error = Assert.Throws<ItemsetLimitExceededException>(() =>
            FpGrowth.Mine(transactions, new FrequentItemsetOptions { MinCount = 1, MaxLength = 15, MaxItemsets = 100 }));

        Assert.Contains("more than 100 frequent itemsets", error.Message, StringComparison.Ordinal);
        Assert.Contains("Raise the minimum support", error.Message, StringComparison.Ordinal);
        Assert.Equal(100, error.MaxItemsets);
    }

    [Fact]
    public void Exactly_the_limit_is_allowed()
    {
        var all = FpGrowth.Mine(Handmade, new FrequentItemsetOptions { MinCount = 2 }).Itemsets.Count;

        var found = FpGrowth.Mine(Handmade, new FrequentItemsetOptions { MinCount = 2, MaxItemsets = all });

        Assert.Equal(all, found.Itemsets.Count);
    }

    [Fact]
    public void No_transactions_give_no_itemsets()
    {
        var found = FpGrowth.Mine([]);

        Assert.Empty(found.Itemsets);
        Assert.Equal(0, found.TransactionCount);
    }

    [Theory]
    [InlineData(0.0, null, 3)]
    [InlineData(1.5, null, 3)]
    [InlineData(0.1, 0, 3)]
    [InlineData(0.1, null, 0)]
    public void Invalid_options_are_refused(double minSupport, int? minCount, int maxLength) =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            FpGrowth.Mine(Handmade, new FrequentItemsetOptions { MinSupport = minSupport, MinCount = minCount, MaxLength = maxLength }));

    internal static int[][] RandomBaskets(int seed, int count, int items)
    {
        // Items have different popularities (item i with probability ~ 0.6 / (1 + i/3)) so that supports spread out,
        // and a few invoices repeat a product.
        var random = new Random(seed);
        return Enumerable.Range(0, count)
            .Select(_ => Enumerable.Range(0, items)
                .Where(i => random.NextDouble() < 0.6 / (1 + (i / 3.0)))
                .SelectMany(i => random.NextDouble() < 0.1 ? new[] { 100 + i, 100 + i } : [100 + i])
                .ToArray())
            .ToArray();
    }

    private static Dictionary<string, int> AsDictionary(FrequentItemsets found) =>
        found.Itemsets.ToDictionary(s => BruteForceItemsets.Key(s.Items), s => s.Count);
}
