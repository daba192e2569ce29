using System.Diagnostics;
using ShopSmart.Modeling.Evaluation;
using ShopSmart.Modeling.Explain;
using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Learners;
using ShopSmart.Modeling.Output;
using ShopSmart.Modeling.Pipeline;

namespace ShopSmart.Modeling.Propensity;

/// <summary>
/// P(customer buys anything in the next H days), a blend of LightGBM and logistic regression on the customer features
/// (<see cref="BlendedClassifier"/>). Trained on cut-offs whose label
/// windows end by the evaluation cut-off T, evaluated on T's features against [T, T + H) with two baselines — the
/// recency rule (buy rate by recency band) and the RFM score (buy rate by R + F + M) — then retrained up to the
/// scoring cut-off to score every customer. Churn probability = 1 − P(buy).
/// </summary>
public static class PurchasePropensityStage
{
    public const string Model = "purchase_propensity";
    public const string RecencyRule = "recency rule";
    public const string RfmBaseline = "RFM score";

    public static void Run(ModelingContext context)
    {
        var clock = Stopwatch.StartNew();
        var plan = context.Plan;
        var options = context.Options;
        var sets = CustomerSets.From(context);
        var (train, holdout, refit, scoring) = (sets.Train, sets.Holdout, sets.Refit, sets.Scoring);

        var refusal = Eligibility.Classification(train.Select(c => c.LabelBought).ToList(), holdout.Select(c => c.LabelBought).ToList(), options);
        if (refusal is not null)
        {
            context.Result.Runs.Add(StageRows.Skipped(context, Model, refusal, clock));
            return;
        }

        context.Progress.Stage(Model, $"LightGBM on {train.Count:N0} training rows ({plan.EvaluationTrainingCutoffs.Count} cut-offs), hold-out {holdout.Count:N0} customers");
        var xTrain = sets.Vectors(train);
        var yTrain = train.Select(c => c.LabelBought).ToList();
        var xTest = sets.Vectors(holdout);
        var yTest = holdout.Select(c => c.LabelBought).ToArray();

        var model = BlendedClassifier.Train(xTrain, yTrain, options.Seed);
        var pModel = model.PredictProbabilities(xTest);

        var recency = BinnedRate.Fit(train.Select(RecencyBand).ToList(), yTrain);
        var pRecency = holdout.Select(c => recency.Predict(RecencyBand(c))).ToArray();
        var rfm = BinnedRate.Fit(RfmByCutoff(plan.EvaluationTrainingCutoffs, context), yTrain);
        var pRfm = RfmScore.Compute(holdout).Select(rfm.Predict).ToArray();

        var report = new MetricWriter(context.Result, Model, "all");
        var modelMetrics = report.Binary(BlendedClassifier.Algorithm, false, pModel, yTest);
        var recencyMetrics = report.Binary(RecencyRule, true, pRecency, yTest);
        var rfmMetrics = report.Binary(RfmBaseline, true, pRfm, yTest);

        context.Progress.Stage(Model, "permutation importance on the hold-out");
        var sample = SeededSample.Indexes(yTest.Length, PermutationImportance.CustomerSample, options.Seed);
        var ySample = sample.Select(i => yTest[i]).ToArray();
        report.Importance(
            CustomerFeatureVector.Names, [.. sample.Select(i => xTest[i])], x => model.PredictProbabilities(x), p => 1 - BinaryEvaluation.RocAuc(p, ySample), "roc_auc", options.Seed);

        context.Progress.Stage(Model, $"refit on {refit.Count:N0} rows up to {plan.ScoringCutoff:yyyy-MM-dd}, scoring {scoring.Count:N0} customers");
        var final = BlendedClassifier.Train(sets.Vectors(refit), refit.Select(c => c.LabelBought).ToList(), options.Seed);
        var pScore = final.PredictProbabilities(sets.Vectors(scoring));
        for (var i = 0; i < scoring.Count; i++)
        {
            var p = pScore[i];
            context.Result.Score(scoring[i].CustomerKey, scoring[i].CustomerId, s => s with { PBuy = p, ChurnProbability = 1 - p });
        }

        var path = context.ModelPath(Model);
        final.Save(path);
        context.Result.Runs.Add(StageRows.Trained(
            context,
            Model,
            BlendedClassifier.Algorithm,
            BlendedClassifier.Parameters,
            train.Count,
            holdout.Count,
            scoring.Count,
            "pr_auc",
            modelMetrics.PrAuc,
            [(RecencyRule, recencyMetrics.PrAuc), (RfmBaseline, rfmMetrics.PrAuc)],
            path,
            clock));
    }

    /// <summary>15-day recency bands up to a year, then one band.</summary>
    public static int RecencyBand(CustomerFeatures c) => Math.Min(c.RecencyDays / 15, 25);

    /// <summary>RFM scores computed within each training cut-off (the ranks are relative to that day's customers).</summary>
    private static List<int> RfmByCutoff(IReadOnlyList<DateOnly> cutoffs, ModelingContext context) =>
        cutoffs.SelectMany(c => RfmScore.Compute(context.Features(c))).ToList();
}
