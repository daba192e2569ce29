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
        var m = ClassificationMetrics.Compute(probabilities, labels);
        Write(candidate, isBaseline, [
            ("roc_auc", m.RocAuc), ("pr_auc", m.PrAuc),
            ("precision@0.5", m.AtHalf.Precision), ("recall@0.5", m.AtHalf.Recall), ("f1@0.5", m.AtHalf.F1),
            ("threshold@best_f1", m.AtBestF1.Threshold), ("precision@best_f1", m.AtBestF1.Precision),
            ("recall@best_f1", m.AtBestF1.Recall), ("f1@best_f1", m.AtBestF1.F1),
            ("log_loss", m.LogLoss), ("brier", m.Brier),
            ("top_decile_lift", m.TopDecileLift), ("top_decile_capture", m.TopDecileCapture), ("base_rate", m.BaseRate),
        ]);
        if (!curves)
        {
            return m;
        }

        Points("roc", candidate, ClassificationMetrics.RocCurve(probabilities, labels));
        Points("pr", candidate, ClassificationMetrics.PrecisionRecallCurve(probabilities, labels));
        var deciles = ClassificationMetrics.Deciles(probabilities, labels);
        for (var i = 0; i < deciles.Count; i++)
        {
            var d = deciles[i];
            result.Curve(model, "lift", candidate, i, d.Decile, d.Lift, d.CumulativeCapture);
            result.Curve(model, "calibration", candidate, i, d.MeanScore, d.Rate, d.Rows, $"decile {d.Decile}");
        }

        if (!isBaseline)
        {
            Confusion("threshold 0.5", m.AtHalf);
            Confusion("best F1", m.AtBestF1);
        }

        return m;
    }

    public RegressionResult Regression(string candidate, bool isBaseline, double[] predicted, double[] actual)
    {
        var m = RegressionMetrics.Compute(predicted, actual);
        Write(candidate, isBaseline, [("rmse", m.Rmse), ("mae", m.Mae), ("r2", m.R2), ("spearman", m.Spearman)]);
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

    public RankingMetrics Ranking(
        string candidate, bool isBaseline, IReadOnlyDictionary<int, List<int>> recommended, IReadOnlyDictionary<int, IReadOnlySet<int>> actual, IReadOnlyList<int> ks)
    {
        var m = RankingMetrics.Compute(recommended, actual, ks);
        var rows = new List<(string, double)>();
        foreach (var k in ks)
        {
            rows.Add(($"precision@{k}", m.Precision[k]));
            rows.Add(($"success@{k}", m.Success[k]));
        }

        rows.Add(($"recall@{ks.Max()}", m.Recall[ks.Max()]));
        rows.Add(("customers", m.Customers));
        Write(candidate, isBaseline, rows);
        return m;
    }

    /// <summary>Permutation importance (3 shuffles per feature) written with ranks, largest first.</summary>
    public void Importance(
        IReadOnlyList<string> names, IReadOnlyList<float[]> features, Func<IReadOnlyList<float[]>, double[]> predict, Func<double[], double> loss, string metric, int seed)
    {
        var ranked = PermutationImportance.Compute(features, predict, loss, 3, seed)
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

    private void Confusion(string series, ThresholdMetrics t)
    {
        var cells = new[] { ("TP", t.TruePositives), ("FP", t.FalsePositives), ("FN", t.FalseNegatives), ("TN", t.TrueNegatives) };
        for (var i = 0; i < cells.Length; i++)
        {
            result.Curve(model, "confusion", series, i, t.Threshold, null, cells[i].Item2, cells[i].Item1);
        }
    }
}
