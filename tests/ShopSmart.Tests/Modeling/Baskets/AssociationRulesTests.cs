using ShopSmart.Modeling.Baskets;

namespace ShopSmart.Tests.Modeling.Baskets;

public sealed class AssociationRulesTests
{
    [Fact]
    public void Textbook_itemsets_at_minimum_count_two()
    {
        var found = FpGrowth.Mine(TextbookBaskets.Transactions, new FrequentItemsetOptions { MinCount = 2 });

        // Counted by hand from the nine transactions; {1,4}, {3,5}, {1,3,5}, {2,3,5} occur once only (T400, T800).
        var expected = new Dictionary<string, int>
        {
            ["1"] = 6, ["2"] = 7, ["3"] = 6, ["4"] = 2, ["5"] = 2,
            ["1,2"] = 4, ["1,3"] = 4, ["1,5"] = 2, ["2,3"] = 4, ["2,4"] = 2, ["2,5"] = 2,
            ["1,2,3"] = 2, ["1,2,5"] = 2,
        };
        Assert.Equal(expected, found.Itemsets.ToDictionary(s => BruteForceItemsets.Key(s.Items), s => s.Count));
    }

    [Fact]
    public void Textbook_rules_beat_independence_and_come_strongest_first()
    {
        var rules = Rules();

        // By hand, n = 9. Kept (confidence ≥ 0.2, lift > 1), with lift = count·n / (antecedent count · consequent count):
        //   5 → 1       2/2 = 1,   2·9/(2·6) = 1.5        {2,5} → 1   2/2 = 1,   2·9/(2·6) = 1.5
        //   4 → 2       2/2 = 1,   2·9/(2·7) = 9/7        5 → 2       2/2 = 1,   9/7
        //   {1,5} → 2   2/2 = 1,   9/7                    {1,2} → 5   2/4 = .5,  2·9/(4·2) = 2.25
        //   1 → 5       2/6 = 1/3, 2·9/(6·2) = 1.5        2 → 4       2/7,       2·9/(7·2) = 9/7
        //   2 → 5       2/7,       9/7
        // Dropped: 1 ↔ 2 and 2 ↔ 3 (lift 4·9/(6·7) = 6/7), 1 ↔ 3 (lift 4·9/(6·6) = 1, not above it),
        // {1,2} → 3 (.75), {1,3} → 2 (18/28), {2,3} → 1 (.75).
        string[] expected =
        [
            "5 -> 1", "2,5 -> 1", "4 -> 2", "5 -> 2", "1,5 -> 2", "1,2 -> 5", "1 -> 5", "2 -> 4", "2 -> 5",
        ];
        Assert.Equal(expected, rules.Select(Describe));
    }

    [Fact]
    public void Textbook_rule_metrics_match_the_hand_computation()
    {
        var rules = Rules().ToDictionary(Describe);

        // 2 → 4: both in T200, T400; 2 in 7 of 9, 4 in 2 of 9.
        var twoToFour = rules["2 -> 4"];
        Assert.Equal((2, 7, 2, 9), (twoToFour.Count, twoToFour.AntecedentCount, twoToFour.ConsequentCount, twoToFour.TransactionCount));
        Assert.Equal(2.0 / 9, twoToFour.Support, 12);
        Assert.Equal(2.0 / 7, twoToFour.Confidence, 12);
        Assert.Equal(9.0 / 7, twoToFour.Lift, 12);
        Assert.Equal((2.0 / 9) - (7.0 / 9 * (2.0 / 9)), twoToFour.Leverage, 12); // 4/81
        Assert.Equal(4.0 / 81, twoToFour.Leverage, 12);
        Assert.Equal((1 - (2.0 / 9)) / (1 - (2.0 / 7)), twoToFour.Conviction, 12); // (7/9)/(5/7) = 49/45
        Assert.Equal(49.0 / 45, twoToFour.Conviction, 12);

        // {1,2} → 5: T100, T800 of the four with 1 and 2 (T100, T400, T800, T900).
        var pairToFive = rules["1,2 -> 5"];
        Assert.Equal(0.5, pairToFive.Confidence, 12);
        Assert.Equal(2.25, pairToFive.Lift, 12);
        Assert.Equal((2.0 / 9) - (4.0 / 9 * (2.0 / 9)), pairToFive.Leverage, 12); // 10/81
        Assert.Equal((7.0 / 9) / 0.5, pairToFive.Conviction, 12);                // 14/9

        // 5 → 1 is never wrong: conviction is infinite.
        Assert.Equal(1.0, rules["5 -> 1"].Confidence);
        Assert.Equal(double.PositiveInfinity, rules["5 -> 1"].Conviction);
        Assert.Equal(6.0 / 81, rules["5 -> 1"].Leverage, 12);
    }

    [Fact]
    public void Lowering_min_lift_to_zero_brings_back_the_rules_below_independence()
    {
        var rules = Rules(new AssociationRuleOptions { MinLift = 0 }).Select(Describe).ToHashSet();

        Assert.Contains("1 -> 3", rules);      // lift exactly 1
        Assert.Contains("1 -> 2", rules);      // lift 6/7
        Assert.Contains("1,2 -> 3", rules);    // lift .75
        Assert.Equal(12 + 6, rules.Count);     // every candidate: 2 from each of 6 pairs, 3 from each of 2 triples
    }

    [Fact]
    public void Min_confidence_is_inclusive()
    {
        // 2 → 4 and 2 → 5 have confidence 2/7 = 0.2857...; 1 → 5 has 1/3.
        var rules = Rules(new AssociationRuleOptions { MinConfidence = 1.0 / 3 }).Select(Describe).ToList();

        Assert.Contains("1 -> 5", rules);
        Assert.DoesNotContain("2 -> 4", rules);
        Assert.Equal(7, rules.Count);
    }

    [Fact]
    public void Antecedents_are_at_most_max_length_minus_one()
    {
        var transactions = FpGrowthTests.RandomBaskets(seed: 11, count: 200, items: 15);
        var found = FpGrowth.Mine(transactions, new FrequentItemsetOptions { MinSupport = 0.02, MaxLength = 3 });

        var rules = AssociationRules.Generate(found, new AssociationRuleOptions { MinConfidence = 0, MinLift = 0 });

        Assert.Contains(rules, r => r.Antecedent.Count == 2);
        Assert.All(rules, r => Assert.InRange(r.Antecedent.Count, 1, 2));
        Assert.Equal(found.Itemsets.Sum(s => s.Items.Count >= 2 ? s.Items.Count : 0), rules.Count);
    }

    internal static IReadOnlyList<AssociationRule> Rules(AssociationRuleOptions? options = null) =>
        AssociationRules.Generate(FpGrowth.Mine(TextbookBaskets.Transactions, new FrequentItemsetOptions { MinCount = 2 }), options);

    internal static string Describe(AssociationRule rule) => $"{BruteForceItemsets.Key(rule.Antecedent)} -> {rule.Consequent}";
}
