using System.Diagnostics;
using ShopSmart.Modeling.Evaluation;
using ShopSmart.Modeling.Explain;
using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Learners;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Modeling.Spend;

/// <summary>
/// Net revenue of a customer in the next H days, LightGBM regression on the customer features as a multiple of the run rate
/// (<see cref="RunRateSpendModel"/>); on the hold-out
/// against two baselines — the customer's spend in the previous H days, and the training mean — then refitted up to
/// the scoring cut-off. Predictions below zero are reported as zero (a customer does not spend a negative amount).
/// </summary>
public static class SpendStage
{
    public const string Model = "spend";
    public const string PreviousPeriod = "previous period";
    public const string Mean = "mean";
    public const string Algorithm = "LightGBM (run-rate multiple)";

    public static void Run(ModelingContext context)
    {
        var clock = Stopwatch.StartNew();
        var plan = context.Plan;
        var options = context.Options;
        var sets = CustomerSets.From(context);
        var (train, holdout, refit, scoring) = (sets.Train, sets.Holdout, sets.Refit, sets.Scoring);
        var refusal = Eligibility.Regression(train.Count, holdout.Count, options);
        if (refusal is not null)
        {
            context.Result.Runs.Add(StageRows.Skipped(context, Model, refusal, clock));
            return;
        }

        context.Progress.Stage(Model, $"LightGBM on {train.Count:N0} training rows, hold-out {holdout.Count:N0} customers");
        var xTest = sets.Vectors(holdout);
        var actual = holdout.Select(c => c.LabelRevenue).ToArray();
        var choice = ChooseConfig(context, sets);
        var model = RunRateSpendModel.Train(train, sets.Vectors(train), plan.HorizonDays, choice.Config, options.Seed);
        var predicted = model.Predict(holdout, xTest);
        var previous = holdout.Select(c => Math.Max(0, c.PreviousPeriodRevenue)).ToArray();
        var mean = train.Average(c => c.LabelRevenue);

        var report = new MetricWriter(context.Result, Model, "all");
        var modelMetrics = report.Regression(Algorithm, false, predicted, actual);
        var previousMetrics = report.Regression(PreviousPeriod, true, previous, actual);
        var meanMetrics = report.Regression(Mean, true, holdout.Select(_ => mean).ToArray(), actual);
        report.PredictedVersusActual(Algorithm, predicted, actual, options.Seed);

        context.Progress.Stage(Model, "permutation importance on the hold-out");
        var sample = SeededSample.Indexes(holdout.Count, PermutationImportance.CustomerSample, options.Seed);
        var rates = sample.Select(i => RunRateSpendModel.RunRate(holdout[i], plan.HorizonDays)).ToArray();
        var actualSample = sample.Select(i => actual[i]).ToArray();
        report.Importance(
            CustomerFeatureVector.Names, [.. sample.Select(i => xTest[i])], x => model.Predict(rates, x), p => RegressionEvaluation.Rmse(actualSample, p), "rmse", options.Seed);

        context.Progress.Stage(Model, $"refit on {refit.Count:N0} rows, scoring {scoring.Count:N0} customers");
        var final = RunRateSpendModel.Train(refit, sets.Vectors(refit), plan.HorizonDays, choice.Config, options.Seed);
        var spend = final.Predict(scoring, sets.Vectors(scoring));
        for (var i = 0; i < scoring.Count; i++)
        {
            var value = spend[i];
            context.Result.Score(scoring[i].CustomerKey, scoring[i].CustomerId, s => s with { PredictedSpend = value });
        }

        var path = context.ModelPath(Model);
        final.Save(path);
        context.Result.Runs.Add(StageRows.Trained(
            context, Model, Algorithm, ModelSelection.Describe(choice, "rmse"),
            train.Count, holdout.Count, scoring.Count, "rmse", modelMetrics.Rmse,
            [(PreviousPeriod, previousMetrics.Rmse), (Mean, meanMetrics.Rmse)], path, clock));
    }

    /// <summary>
    /// The model size with the lowest RMSE on the newest training window when trained on the selection cut-offs, whose
    /// labels end before that window starts.
    /// </summary>
    private static ModelSelection.Choice ChooseConfig(ModelingContext context, CustomerSets sets)
    {
        var plan = context.Plan;
        return ModelSelection.Choose(BoostingConfig.Candidates, plan.SelectionTrainingCutoffs.Count > 0, config =>
        {
            var older = context.StackedFeatures(plan.SelectionTrainingCutoffs);
            var newest = context.Features(plan.EvaluationTrainingCutoffs[0]);
            var model = RunRateSpendModel.Train(older, sets.Vectors(older), plan.HorizonDays, config, context.Options.Seed);
            var p = model.Predict(newest, sets.Vectors(newest));
            return RegressionEvaluation.Rmse(newest.Select(c => c.LabelRevenue).ToArray(), p);
        }, higherIsBetter: false);
    }
}
