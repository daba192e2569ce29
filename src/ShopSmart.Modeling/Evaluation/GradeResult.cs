namespace ShopSmart.Modeling.Evaluation;

/// <summary>A model's grade with the evidence behind it.</summary>
/// <param name="Grade">A, B or C.</param>
/// <param name="Metric">The primary metric compared.</param>
/// <param name="ModelValue">The model's value.</param>
/// <param name="Baseline">The best baseline's name.</param>
/// <param name="BaselineValue">The best baseline's value.</param>
/// <param name="RelativeImprovement">Improvement over the baseline in the metric's good direction, divided by |baseline|.</param>
public sealed record GradeResult(
    ModelGrade Grade,
    PrimaryMetric Metric,
    double ModelValue,
    string Baseline,
    double BaselineValue,
    double RelativeImprovement);
