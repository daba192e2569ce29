using System.Diagnostics;
using ShopSmart.Modeling.Evaluation;
using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Learners;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Modeling.Spend;

/// <summary>
/// Net revenue of a customer in the next H days, FastTree regression on the customer features; on the hold-out
/// against two baselines — the customer's spend in the previous H days, and the training mean — then refitted up to
/// the scoring cut-off. Predictions below zero are reported as zero (a customer does not spend a negative amount).
/// </summary>
public static class SpendStage
{
    public const string Model = "spend";
    public const string PreviousPeriod = "previous period";
    public const string Mean = "mean";

    public static void Run(ModelingContext context)
    {
        var clock = Stopwatch.StartNew();
        var plan = context.Plan;
        var options = context.Options;
        var train = context.StackedFeatures(plan.EvaluationTrainingCutoffs);
        var holdout = context.Features(plan.EvaluationCutoff);
        var scoring = context.Features(plan.ScoringCutoff);
        var refit = context.StackedFeatures(plan.ScoringTrainingCutoffs);
        var refusal = Eligibility.Regression(train.Count, holdout.Count, options);
        if (refusal is not null)
        {
            context.Result.Runs.Add(StageRows.Skipped(context, Model, refusal, clock));
            return;
        }

        var home = CustomerFeatureVector.HomeCountry(scoring);
        context.Progress.Stage(Model, $"FastTree on {train.Count:N0} training rows, hold-out {holdout.Count:N0} customers");
        var xTest = holdout.Select(c => CustomerFeatureVector.From(c, home)).ToList();
        var actual = holdout.Select(c => c.LabelRevenue).ToArray();
        var model = GradientBoostedRegressor.Train(train.Select(c => CustomerFeatureVector.From(c, home)).ToList(), train.Select(c => c.LabelRevenue).ToList(), options.Seed);
        var predicted = Clip(model.Predict(xTest));
        var previous = holdout.Select(c => Math.Max(0, c.PreviousPeriodRevenue)).ToArray();
        var mean = train.Average(c => c.LabelRevenue);

        var report = new MetricWriter(context.Result, Model, "all");
        var modelMetrics = report.Regression(GradientBoostedRegressor.Algorithm, false, predicted, actual);
        var previousMetrics = report.Regression(PreviousPeriod, true, previous, actual);
        var meanMetrics = report.Regression(Mean, true, holdout.Select(_ => mean).ToArray(), actual);
        report.PredictedVersusActual(GradientBoostedRegressor.Algorithm, predicted, actual, options.Seed);

        context.Progress.Stage(Model, "permutation importance on the hold-out");
        report.Importance(CustomerFeatureVector.Names, xTest, x => Clip(model.Predict(x)), p => RegressionMetrics.Rmse(p, actual), "rmse", options.Seed);

        context.Progress.Stage(Model, $"refit on {refit.Count:N0} rows, scoring {scoring.Count:N0} customers");
        var final = GradientBoostedRegressor.Train(refit.Select(c => CustomerFeatureVector.From(c, home)).ToList(), refit.Select(c => c.LabelRevenue).ToList(), options.Seed);
        var spend = Clip(final.Predict(scoring.Select(c => CustomerFeatureVector.From(c, home)).ToList()));
        for (var i = 0; i < scoring.Count; i++)
        {
            var value = spend[i];
            context.Result.Score(scoring[i].CustomerKey, scoring[i].CustomerId, s => s with { PredictedSpend = value });
        }

        var path = context.ModelPath(Model);
        final.Save(path);
        context.Result.Runs.Add(StageRows.Trained(
            context, Model, GradientBoostedRegressor.Algorithm, GradientBoostedRegressor.Parameters(train.Count),
            train.Count, holdout.Count, scoring.Count, "rmse", modelMetrics.Rmse,
            [(PreviousPeriod, previousMetrics.Rmse), (Mean, meanMetrics.Rmse)], path, clock));
    }

    private static double[] Clip(double[] values) => values.Select(v => Math.Max(0, v)).ToArray();
}
