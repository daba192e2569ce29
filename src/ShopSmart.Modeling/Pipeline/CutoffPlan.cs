using ShopSmart.Core.Runs;

namespace ShopSmart.Modeling.Pipeline;

/// <summary>
/// The time discipline of a run. Evaluation: models learn from cut-offs whose label windows end on or before the
/// evaluation cut-off T, and are scored on features before T against what happened in [T, T + H). Scoring: the
/// same models retrained with windows ending on or before the scoring cut-off (the day after the last purchase),
/// predicting the next H days.
/// </summary>
public sealed record CutoffPlan(
    DateOnly EvaluationCutoff,
    DateOnly ScoringCutoff,
    int HorizonDays,
    IReadOnlyList<DateOnly> EvaluationTrainingCutoffs,
    IReadOnlyList<DateOnly> ScoringTrainingCutoffs)
{
    /// <summary>
    /// Cut-offs a model size is chosen on: trained on these, validated on the newest evaluation training cut-off. Their
    /// label windows end on or before it — a window overlapping the validation labels would reward the size that best
    /// remembers the same customers' same weeks. Empty when the history is too short for one.
    /// </summary>
    public IReadOnlyList<DateOnly> SelectionTrainingCutoffs { get; init; } = [];

    /// <summary>Every cut-off the run computes customer features for: scoring, evaluation, training and selection.</summary>
    public IReadOnlyList<DateOnly> AllCutoffs =>
        [.. new[] { ScoringCutoff, EvaluationCutoff }.Concat(EvaluationTrainingCutoffs).Concat(ScoringTrainingCutoffs).Concat(SelectionTrainingCutoffs).Distinct()];

    /// <summary>Builds the plan, or refuses options the data cannot support with a message naming the limit.</summary>
    public static CutoffPlan Create(DataRange range, ModelingOptions options)
    {
        if (range.IsEmpty)
        {
            throw new BadInputException(range.SalesLines > 0
                ? $"The warehouse holds {range.SalesLines:N0} clean sales lines, but none of a known customer (the files had no CustomerID, or every line " +
                  "is a guest's): the customer models need customer ids. The workbook and the report still describe the sales; load files that " +
                  "name their customers to model them."
                : "The warehouse holds no purchases of known customers: load data before modelling (shopsmart-etl load FILE).");
        }

        var first = range.FirstPurchaseDate!.Value;
        var last = range.LastPurchaseDate!.Value;
        var horizon = options.HorizonDays;
        if (horizon < 7)
        {
            throw new BadInputException($"--horizon {horizon}: the horizon must be at least 7 days.");
        }

        // Training needs a full window of history before its own cut-off and a label window before T.
        if (range.HistoryDays < 3 * horizon)
        {
            throw new BadInputException(
                $"--horizon {horizon}: the data covers {range.HistoryDays} days ({first:yyyy-MM-dd} to {last:yyyy-MM-dd}); " +
                $"a {horizon}-day horizon needs at least {3 * horizon} days (history, a training window and a hold-out window).");
        }

        var scoring = last.AddDays(1);
        var evaluation = options.EvaluationCutoff ?? scoring.AddDays(-horizon);
        if (evaluation.AddDays(horizon) > scoring)
        {
            throw new BadInputException(
                $"--cutoff {evaluation:yyyy-MM-dd}: the hold-out [{evaluation:yyyy-MM-dd}, {evaluation.AddDays(horizon):yyyy-MM-dd}) ends after the data ({last:yyyy-MM-dd}); " +
                $"the latest cut-off for a {horizon}-day horizon is {scoring.AddDays(-horizon):yyyy-MM-dd}.");
        }

        if (evaluation.AddDays(-2 * horizon) < first)
        {
            throw new BadInputException(
                $"--cutoff {evaluation:yyyy-MM-dd}: too early; the data starts {first:yyyy-MM-dd} and a {horizon}-day horizon needs " +
                $"{2 * horizon} days of history before the cut-off (earliest {first.AddDays(2 * horizon):yyyy-MM-dd}).");
        }

        var evaluationTraining = TrainingCutoffs(evaluation, first, options);
        return new CutoffPlan(evaluation, scoring, horizon, evaluationTraining, TrainingCutoffs(scoring, first, options))
        {
            SelectionTrainingCutoffs = evaluationTraining.Count > 0 ? TrainingCutoffs(evaluationTraining[0], first, options) : [],
        };
    }

    /// <summary>
    /// Cut-offs whose label window [c, c + H) ends on or before <paramref name="limit"/>, newest first, each with at
    /// least H days of history before it.
    /// </summary>
    public static IReadOnlyList<DateOnly> TrainingCutoffs(DateOnly limit, DateOnly first, ModelingOptions options)
    {
        var cutoffs = new List<DateOnly>();
        var cutoff = limit.AddDays(-options.HorizonDays);
        for (var i = 0; i < Math.Max(1, options.TrainingWindows) && cutoff.AddDays(-options.HorizonDays) >= first; i++)
        {
            cutoffs.Add(cutoff);
            cutoff = cutoff.AddDays(-Math.Max(1, options.TrainingWindowStepDays));
        }

        return cutoffs;
    }
}
