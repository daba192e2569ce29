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
        var higherIsBetter = MetricDirection.HigherIsBetter(primaryMetric);
        var finite = baselines.Where(b => double.IsFinite(b.Value)).ToList();
        (string Name, double Value)? best = finite.Count == 0 ? null
            : higherIsBetter ? finite.MaxBy(b => b.Value) : finite.MinBy(b => b.Value);
        return new ModelRunRow
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
            BaselineName = best?.Name,
            BaselineValue = best?.Value,
            Grade = best is null ? null : ModelGrades.Grade(primaryMetric, modelValue, best.Value.Value).ToString(),
            ModelPath = modelPath,
            DurationMs = clock.ElapsedMilliseconds,
        };
    }

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
