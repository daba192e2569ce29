namespace ShopSmart.Modeling.Evaluation;

/// <summary>A regressor's hold-out figures.</summary>
public sealed record RegressionResult(double Rmse, double Mae, double R2, double Spearman);

/// <summary>Regression metrics on predictions and actual values, as pure functions.</summary>
public static class RegressionMetrics
{
    public static RegressionResult Compute(IReadOnlyList<double> predicted, IReadOnlyList<double> actual) =>
        new(Rmse(predicted, actual), Mae(predicted, actual), R2(predicted, actual), Spearman(predicted, actual));

    public static double Rmse(IReadOnlyList<double> predicted, IReadOnlyList<double> actual)
    {
        Require(predicted, actual);
        return actual.Count == 0 ? double.NaN : Math.Sqrt(actual.Select((a, i) => (predicted[i] - a) * (predicted[i] - a)).Average());
    }

    public static double Mae(IReadOnlyList<double> predicted, IReadOnlyList<double> actual)
    {
        Require(predicted, actual);
        return actual.Count == 0 ? double.NaN : actual.Select((a, i) => Math.Abs(predicted[i] - a)).Average();
    }

    /// <summary>1 − SS_res / SS_tot; NaN when the actual values do not vary.</summary>
    public static double R2(IReadOnlyList<double> predicted, IReadOnlyList<double> actual)
    {
        Require(predicted, actual);
        if (actual.Count == 0)
        {
            return double.NaN;
        }

        var mean = actual.Average();
        var total = actual.Sum(a => (a - mean) * (a - mean));
        var residual = actual.Select((a, i) => (a - predicted[i]) * (a - predicted[i])).Sum();
        return total == 0 ? double.NaN : 1 - (residual / total);
    }

    /// <summary>Pearson correlation of the average ranks; NaN when either side is constant.</summary>
    public static double Spearman(IReadOnlyList<double> predicted, IReadOnlyList<double> actual)
    {
        Require(predicted, actual);
        return Pearson(Ranking.AverageRanks(predicted), Ranking.AverageRanks(actual));
    }

    public static double Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        Require(x, y);
        if (x.Count < 2)
        {
            return double.NaN;
        }

        var mx = x.Average();
        var my = y.Average();
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    private static void Require(IReadOnlyList<double> predicted, IReadOnlyList<double> actual)
    {
        if (predicted.Count != actual.Count)
        {
            throw new ArgumentException($"{predicted.Count} predictions for {actual.Count} actual values; give one per value.", nameof(predicted));
        }
    }
}
