using ShopSmart.Modeling.Baskets;

namespace ShopSmart.Tests.Modeling.Baskets;

public sealed class NextBestProductsTests
{
    private readonly NextBestProducts _products = new(AssociationRulesTests.Rules());

    [Fact]
    public void Recommends_consequents_of_rules_whose_antecedent_was_bought()
    {
        // Bought 5: 5 → 1 (confidence 1, lift 1.5) and 5 → 2 (confidence 1, lift 9/7).
        var recommended = _products.For(new HashSet<int> { 5 });

        Assert.Equal([1, 2], recommended.Select(r => r.ProductKey));
        Assert.Equal([1, 2], recommended.Select(r => r.Rank));
        Assert.Equal("5 -> 1", AssociationRulesTests.Describe(recommended[0].Rule));
        Assert.Equal(1.0, recommended[0].Score);
        Assert.Null(recommended[0].ExternalScore);
    }

    [Fact]
    public void Already_bought_products_are_not_recommended_and_the_best_rule_justifies_each()
    {
        // Bought 1 and 5: 1 is owned; 2 comes from 5 → 2 and {1,5} → 2, equal in confidence, lift and count:
        // the shorter antecedent wins. 1 → 5 is useless (5 is owned).
        var recommended = _products.For(new HashSet<int> { 1, 5 });

        Assert.Equal([2], recommended.Select(r => r.ProductKey));
        Assert.Equal("5 -> 2", AssociationRulesTests.Describe(recommended[0].Rule));
    }

    [Fact]
    public void Ties_are_broken_by_product_key_and_top_k_cuts_the_list()
    {
        // Bought 2: 2 → 4 and 2 → 5, both confidence 2/7 and lift 9/7.
        Assert.Equal([4, 5], _products.For(new HashSet<int> { 2 }).Select(r => r.ProductKey));
        Assert.Equal([4], _products.For(new HashSet<int> { 2 }, new NextBestProductOptions { TopK = 1 }).Select(r => r.ProductKey));
    }

    [Fact]
    public void Given_the_products_stock_codes_ties_go_by_code_whatever_the_keys()
    {
        // Bought 2: 2 → 4 and 2 → 5 tie; product 5's code sorts first ("10" < "A"), as if the files had been loaded
        // in another order and given it the smaller key
        var byCode = new NextBestProducts(AssociationRulesTests.Rules(), ProductOrder.ByStockCode([(4, "A"), (5, "10"), (2, "B")]));

        Assert.Equal([5, 4], byCode.For(new HashSet<int> { 2 }).Select(r => r.ProductKey));
        Assert.Equal([5], byCode.For(new HashSet<int> { 2 }, new NextBestProductOptions { TopK = 1 }).Select(r => r.ProductKey));
    }

    [Fact]
    public void A_rule_needs_its_whole_antecedent()
    {
        // {1,2} → 5 needs both; 1 alone gives 1 → 5 only.
        var recommended = _products.For(new HashSet<int> { 1 });

        Assert.Equal("1 -> 5", AssociationRulesTests.Describe(Assert.Single(recommended).Rule));
        Assert.Empty(_products.For(new HashSet<int>()));
        Assert.Empty(_products.For(new HashSet<int> { 3 }));
    }

    [Fact]
    public void An_external_score_reorders_by_the_blend()
    {
        // Bought 2, w = 0.5: product 4 scores .5·2/7 + .5·.1 = 0.1929, product 5 .5·2/7 + .5·.9 = 0.5929.
        var external = new Dictionary<int, double> { [4] = 0.1, [5] = 0.9 };

        var recommended = _products.For(new HashSet<int> { 2 }, new NextBestProductOptions { ExternalWeight = 0.5 }, external);

        Assert.Equal([5, 4], recommended.Select(r => r.ProductKey));
        Assert.Equal((0.5 * 2 / 7) + 0.45, recommended[0].Score, 12);
        Assert.Equal(0.9, recommended[0].ExternalScore);
    }

    [Fact]
    public void A_product_without_an_external_score_blends_with_zero()
    {
        var external = new Dictionary<int, double> { [4] = 0.2 };

        var recommended = _products.For(new HashSet<int> { 2 }, new NextBestProductOptions { ExternalWeight = 0.5 }, external);

        Assert.Equal([4, 5], recommended.Select(r => r.ProductKey));
        Assert.Equal(0.5 * 2 / 7, recommended[1].Score, 12);
        Assert.Null(recommended[1].ExternalScore);
        Assert.Equal(0.2, recommended[0].ExternalScore);
    }

    [Theory]
    [InlineData(0.8, 0.2, 0.25, 0.65)]
    [InlineData(0.8, 0.2, 0.0, 0.8)]
    [InlineData(0.8, 0.2, 1.0, 0.2)]
    public void Blend_is_the_weighted_mean(double rule, double external, double weight, double expected) =>
        Assert.Equal(expected, NextBestProducts.Blend(rule, external, weight), 12);

    [Theory]
    [InlineData(0.5, 0.5, 1.5)]
    [InlineData(0.5, 0.5, -0.1)]
    [InlineData(0.5, 2.0, 0.5)]
    [InlineData(double.NaN, 0.5, 0.5)]
    public void Blend_refuses_values_outside_zero_to_one(double rule, double external, double weight) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NextBestProducts.Blend(rule, external, weight));
}
