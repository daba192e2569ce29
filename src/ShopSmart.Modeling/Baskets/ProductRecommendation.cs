namespace ShopSmart.Modeling.Baskets;

/// <summary>One next-best product for a customer and the rule that justifies it.</summary>
/// <param name="Rank">1 for the first recommendation.</param>
/// <param name="ProductKey">The product recommended.</param>
/// <param name="Score">The rule's confidence, or its blend with the external score (see <see cref="NextBestProducts.Blend"/>).</param>
/// <param name="Rule">The best rule whose antecedent the customer has bought and whose consequent is this product.</param>
/// <param name="ExternalScore">The external score used in the blend; null when none was blended.</param>
public sealed record ProductRecommendation(int Rank, int ProductKey, double Score, AssociationRule Rule, double? ExternalScore);
