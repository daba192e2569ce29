namespace ShopSmart.Modeling.Evaluation;

/// <summary>The summary of a regression model on a hold-out set (definitions in docs/model-grades.md).</summary>
/// <param name="Count">Rows evaluated.</param>
/// <param name="Rmse">Root mean squared error, in the target's unit.</param>
/// <param name="Mae">Mean absolute error, in the target's unit.</param>
/// <param name="RSquared">1 − SS_res / SS_tot; NaN when the actual values are all equal.</param>
/// <param name="Spearman">Rank correlation of actual and predicted; NaN when either is constant.</param>
public sealed record RegressionMetrics(int Count, double Rmse, double Mae, double RSquared, double Spearman);
