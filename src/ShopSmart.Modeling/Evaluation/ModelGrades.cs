namespace ShopSmart.Modeling.Evaluation;

/// <summary>
/// A grade per model against its best baseline on the model's primary metric (docs/model-grades.md): the relative
/// improvement is (model − baseline) / |baseline| for a higher-is-better metric and (baseline − model) / |baseline|
/// for a lower-is-better one; A at 10 % or more, B from 0 % up to 10 %, C when the model does worse than the baseline.
/// </summary>
public static class ModelGrades
{
    public const double AMargin = 0.10;

    public static double Improvement(string metric, double model, double baseline)
    {
        var gain = MetricDirection.HigherIsBetter(metric) ? model - baseline : baseline - model;
        return baseline == 0 ? (gain > 0 ? double.PositiveInfinity : gain < 0 ? double.NegativeInfinity : 0) : gain / Math.Abs(baseline);
    }

    public static char Grade(string metric, double model, double baseline)
    {
        if (!double.IsFinite(model) || double.IsNaN(baseline))
        {
            return 'C';
        }

        var improvement = Improvement(metric, model, baseline);
        return improvement >= AMargin ? 'A' : improvement >= 0 ? 'B' : 'C';
    }
}
