using System.Diagnostics;
using ShopSmart.Modeling.Evaluation;
using ShopSmart.Modeling.Output;

namespace ShopSmart.Modeling.Pipeline;

/// <summary>The ml.model_run row of a trained or skipped model, graded against its best baseline.</summary>
public static class StageRows
{
    public static ModelRunRow Trained(
        ModelingContext context,
        string model,
        string algorithm,
        string parameters,
        int trainingRows,
        int holdoutRows,
        int scoredRows,
        string primaryMetric,
        double modelValue,
        IReadOnlyList<(string Name, double Value)> baselines,
        string? modelPath,
        Stopwatch clock)
    {
        return Graded(new ModelRunRow
        {
            RunId = context.RunId,
            Model = model,
            Status = ModelStatus.Trained,
            Algorithm = algorithm,
            Parameters = parameters,
            Seed = context.Options.Seed,
            EvaluationCutoff = context.Plan.EvaluationCutoff,
            ScoringCutoff = context.Plan.ScoringCutoff,
            HorizonDays = context.Plan.HorizonDays,
            TrainingRows = trainingRows,
            HoldoutRows = holdoutRows,
            ScoredRows = scoredRows,
            PrimaryMetric = primaryMetric,
            ModelValue = double.IsFinite(modelValue) ? modelValue : null,
            ModelPath = modelPath,
            DurationMs = clock.ElapsedMilliseconds,
        }, baselines);
    }

    /// <summary>
    /// The row graded on its primary metric against the best of <paramref name="baselines"/> (the non-finite ones
    /// ignored); ungraded when the model's value or every baseline is missing.
    /// </summary>
    public static ModelRunRow Graded(ModelRunRow row, IReadOnlyList<(string Name, double Value)> baselines)
    {
        var finite = baselines.Where(b => double.IsFinite(b.Value)).Select(b => new BaselineScore(b.Name, b.Value)).ToList();
        var grade = finite.Count == 0 || row.ModelValue is not { } value || row.PrimaryMetric is not { } metric
            ? null
            : Grading.Grade(Metric(metric), value, finite);
        return row with { BaselineName = grade?.Baseline, BaselineValue = grade?.BaselineValue, Grade = grade?.Grade.ToString() };
    }

    /// <summary>The grading enum of a metric name as written in ml.model_metric.</summary>
    public static PrimaryMetric Metric(string name) => name switch
    {
        "roc_auc" => PrimaryMetric.RocAuc,
        "pr_auc" => PrimaryMetric.PrAuc,
        "rmse" => PrimaryMetric.Rmse,
        "mae" => PrimaryMetric.Mae,
        "spearman" => PrimaryMetric.Spearman,
        _ when name.StartsWith("success@", StringComparison.Ordinal) => PrimaryMetric.SuccessAtK,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No grading rule for this metric."),
    };

    public static ModelRunRow Skipped(ModelingContext context, string model, string reason, Stopwatch clock) => new()
    {
        RunId = context.RunId,
        Model = model,
        Status = ModelStatus.Skipped,
        Message = reason,
        Seed = context.Options.Seed,
        EvaluationCutoff = context.Plan.EvaluationCutoff,
        ScoringCutoff = context.Plan.ScoringCutoff,
        HorizonDays = context.Plan.HorizonDays,
        DurationMs = clock.ElapsedMilliseconds,
    };
}
