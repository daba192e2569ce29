using ShopSmart.Modeling.Explain;
using ShopSmart.Modeling.Output;

namespace ShopSmart.Modeling.Evaluation;

/// <summary>
/// Turns a candidate's hold-out predictions into ml.model_metric rows and ml.model_curve series (names in
/// docs/model-outputs.md), for one model and scope. Every model stage reports through it, so the names are written once.
/// </summary>
public sealed class MetricWriter(ModelingResult result, string model, string scope)
{
    public const int PredictedVersusActualPoints = 2_000;

    public BinaryMetrics Binary(string candidate, bool isBaseline, double[] probabilities, bool[] labels, bool curves = true)
    {
        var report = BinaryEvaluation.Evaluate(probabilities, labels);
        var m = report.Metrics;
        Write(candidate, isBaseline, [
            ("roc_auc", m.RocAuc), ("pr_auc", m.PrAuc),
            ("precision@0.5", m.AtThreshold.Precision), ("recall@0.5", m.AtThreshold.Recall), ("f1@0.5", m.AtThreshold.F1),
            ("threshold@best_f1", m.BestF1.Threshold), ("precision@best_f1", m.BestF1.Precision),
            ("recall@best_f1", m.BestF1.Recall), ("f1@best_f1", m.BestF1.F1),
            ("log_loss", m.LogLoss), ("brier", m.Brier),
            ("top_decile_lift", m.TopDecileLift), ("top_decile_capture", m.TopDecileCapture),
            ("base_rate", m.Count == 0 ? double.NaN : m.Positives / (double)m.Count),
        ]);
        if (!curves)
        {
            return m;
        }

        Points("roc", candidate, report.Roc);
        Points("pr", candidate, report.PrecisionRecall);
        for (var i = 0; i < report.Deciles.Count; i++)
        {
            var d = report.Deciles[i];
            result.Curve(model, "lift", candidate, i, d.Decile, d.Lift, d.CumulativeCapture);
            result.Curve(model, "calibration", candidate, i, d.MeanPredicted, d.ObservedRate, d.Count, $"decile {d.Decile}");
        }

        if (!isBaseline)
        {
            Confusion("threshold 0.5", m.AtThreshold);
            Confusion("best F1", m.BestF1);
        }

        return m;
    }

    public RegressionMetrics Regression(string candidate, bool isBaseline, double[] predicted, double[] actual)
    {
        var m = RegressionEvaluation.Evaluate(actual, predicted);
        Write(candidate, isBaseline, [("rmse", m.Rmse), ("mae", m.Mae), ("r2", m.RSquared), ("spearman", m.Spearman)]);
        return m;
    }

    /// <summary>A seeded sample of (predicted, actual) pairs for a scatter plot.</summary>
    public void PredictedVersusActual(string candidate, double[] predicted, double[] actual, int seed)
    {
        var index = Enumerable.Range(0, actual.Length).ToArray();
        if (index.Length > PredictedVersusActualPoints)
        {
            new Random(seed).Shuffle(index);
            index = [.. index[..PredictedVersusActualPoints].Order()];
        }

        for (var i = 0; i < index.Length; i++)
        {
            result.Curve(model, "predicted_vs_actual", candidate, i, predicted[index[i]], actual[index[i]]);
        }
    }

    /// <summary>precision@K and success@K for each K, recall@K at the largest, over the customers in <paramref name="holdOut"/>.</summary>
    public IReadOnlyDictionary<int, RankingMetrics> Ranking(
        string candidate, bool isBaseline, IReadOnlyDictionary<int, List<int>> recommended, IReadOnlyDictionary<int, IReadOnlySet<int>> holdOut, IReadOnlyList<int> ks)
    {
        var byK = ks.ToDictionary(k => k, k => RankingEvaluation.AtK(recommended, holdOut, k));
        var rows = new List<(string, double)>();
        foreach (var k in ks)
        {
            rows.Add(($"precision@{k}", byK[k].PrecisionAtK));
            rows.Add(($"success@{k}", byK[k].SuccessAtK));
        }

        rows.Add(($"recall@{ks.Max()}", byK[ks.Max()].RecallAtK));
        rows.Add(("customers", byK[ks.Max()].Customers));
        Write(candidate, isBaseline, rows);
        return byK;
    }

    public const int ImportanceRepeats = 2;

    /// <summary>
    /// Permutation importance (2 shuffles per feature, enough for a mean and a spread) written with ranks, largest
    /// first. On full UCI, going from 3 shuffles to 2 (and 5,000 to 2,500 product pairs) saved ~3 s of a 17 s run;
    /// the top features stayed the top features, neighbours of similar importance swapped places.
    /// </summary>
    public void Importance(
        IReadOnlyList<string> names, IReadOnlyList<float[]> features, Func<IReadOnlyList<float[]>, double[]> predict, Func<double[], double> loss, string metric, int seed)
    {
        var ranked = PermutationImportance.Compute(features, predict, loss, ImportanceRepeats, seed)
            .OrderByDescending(i => i.Mean).ThenBy(i => i.Feature).ToList();
        for (var rank = 0; rank < ranked.Count; rank++)
        {
            var i = ranked[rank];
            result.Importances.Add(new FeatureImportanceRow(result.RunId, model, names[i.Feature], metric, i.Mean, i.Std, rank + 1));
        }
    }

    private void Write(string candidate, bool isBaseline, IEnumerable<(string Metric, double Value)> values)
    {
        foreach (var (metric, value) in values)
        {
            result.Metric(model, scope, candidate, isBaseline, metric, value);
        }
    }

    private void Points(string curve, string candidate, IReadOnlyList<CurvePoint> points)
    {
        for (var i = 0; i < points.Count; i++)
        {
            result.Curve(model, curve, candidate, i, points[i].X, points[i].Y);
        }
    }

    private void Confusion(string series, ConfusionMatrix t)
    {
        var cells = new[] { ("TP", t.TruePositives), ("FP", t.FalsePositives), ("FN", t.FalseNegatives), ("TN", t.TrueNegatives) };
        for (var i = 0; i < cells.Length; i++)
        {
            result.Curve(model, "confusion", series, i, t.Threshold, null, cells[i].Item2, cells[i].Item1);
        }
    }
}
