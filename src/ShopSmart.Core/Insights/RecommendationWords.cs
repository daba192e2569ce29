namespace ShopSmart.Core.Insights;

/// <summary>A recommendation in words: a title naming the subject, the evidence, the action and the expected value.</summary>
public sealed record RecommendationWords(string Title, string Evidence, string Action, string ExpectedValue);
