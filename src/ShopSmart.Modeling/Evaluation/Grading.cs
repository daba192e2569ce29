namespace ShopSmart.Modeling.Evaluation;

/// <summary>The A/B/C grade of a model against its best baseline (rule and reasons in docs/model-grades.md).</summary>
public static class Grading
{
    // Lets a model exactly at a threshold, as written in decimals, land on the side the rule says (0.84 vs 0.80
    // is 0.0499999999999999 in binary, and must count as the 5% it is).
    private const double Rounding = 1e-9;

    public static MetricDirection DirectionOf(PrimaryMetric metric) => metric switch
    {
        PrimaryMetric.RocAuc or PrimaryMetric.PrAuc or PrimaryMetric.SuccessAtK or PrimaryMetric.Spearman => MetricDirection.HigherIsBetter,
        PrimaryMetric.Rmse or PrimaryMetric.Mae => MetricDirection.LowerIsBetter,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown metric."),
    };

    /// <summary>Grades a model against the best of its baselines on <paramref name="metric"/>.</summary>
    public static GradeResult Grade(PrimaryMetric metric, double model, IReadOnlyList<BaselineScore> baselines, GradeRule? rule = null)
    {
        ArgumentNullException.ThrowIfNull(baselines);
        var direction = DirectionOf(metric);
        var best = BestBaseline(baselines, direction);
        var grade = Grade(model, best.Value, direction, rule ?? new GradeRule());
        return new GradeResult(grade, metric, model, best.Name, best.Value, RelativeImprovement(model, best.Value, direction));
    }

    /// <summary>
    /// r = relative improvement; A when r ≥ margin, C when r &lt; −tolerance, otherwise B (a smaller win, or a tie).
    /// </summary>
    public static ModelGrade Grade(double model, double baseline, MetricDirection direction, GradeRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        rule.Validate();
        var r = RelativeImprovement(model, baseline, direction);
        if (r >= rule.Margin - Rounding)
        {
            return ModelGrade.A;
        }

        return r < -rule.Tolerance - Rounding ? ModelGrade.C : ModelGrade.B;
    }

    /// <summary>
    /// (model − baseline) / |baseline| for a higher-is-better metric, (baseline − model) / |baseline| for a
    /// lower-is-better one: positive when the model is better. A baseline of 0 gives ±∞ (or 0 on a tie).
    /// </summary>
    public static double RelativeImprovement(double model, double baseline, MetricDirection direction)
    {
        if (!double.IsFinite(model) || !double.IsFinite(baseline))
        {
            throw new ArgumentException($"Only finite values can be graded (model {model}, baseline {baseline}).", nameof(model));
        }

        var gain = direction == MetricDirection.HigherIsBetter ? model - baseline : baseline - model;
        return baseline == 0 ? (gain == 0 ? 0 : gain * double.PositiveInfinity) : gain / Math.Abs(baseline);
    }

    /// <summary>The baseline with the best finite value; the first one listed on a tie.</summary>
    public static BaselineScore BestBaseline(IReadOnlyList<BaselineScore> baselines, MetricDirection direction)
    {
        ArgumentNullException.ThrowIfNull(baselines);
        BaselineScore? best = null;
        foreach (var baseline in baselines)
        {
            if (!double.IsFinite(baseline.Value))
            {
                continue;
            }

            var better = best is null
                || (direction == MetricDirection.HigherIsBetter ? baseline.Value > best.Value : baseline.Value < best.Value);
            if (better)
            {
                best = baseline;
            }
        }

        return best ?? throw new ArgumentException("No baseline has a finite value to grade against.", nameof(baselines));
    }
}
