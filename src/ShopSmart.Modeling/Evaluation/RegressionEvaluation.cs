namespace ShopSmart.Modeling.Evaluation;

/// <summary>Metrics of a regression model from actual and predicted values, row by row.</summary>
public static class RegressionEvaluation
{
    public static RegressionMetrics Evaluate(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        Check(actual, predicted);
        return new RegressionMetrics(actual.Length, Rmse(actual, predicted), Mae(actual, predicted), RSquared(actual, predicted), Spearman(actual, predicted));
    }

    /// <summary>√(mean of (predicted − actual)²).</summary>
    public static double Rmse(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        Check(actual, predicted);
        double sum = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            var error = predicted[i] - actual[i];
            sum += error * error;
        }

        return Math.Sqrt(sum / actual.Length);
    }

    /// <summary>Mean of |predicted − actual|.</summary>
    public static double Mae(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        Check(actual, predicted);
        double sum = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            sum += Math.Abs(predicted[i] - actual[i]);
        }

        return sum / actual.Length;
    }

    /// <summary>
    /// 1 − Σ(actual − predicted)² / Σ(actual − mean actual)²: the share of variance explained, below 0 when the
    /// model does worse than predicting the mean. NaN when the actual values are all equal.
    /// </summary>
    public static double RSquared(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        Check(actual, predicted);
        var mean = Mean(actual);
        double residual = 0, total = 0;
        for (var i = 0; i < actual.Length; i++)
        {
            residual += (actual[i] - predicted[i]) * (actual[i] - predicted[i]);
            total += (actual[i] - mean) * (actual[i] - mean);
        }

        return total == 0 ? double.NaN : 1 - (residual / total);
    }

    /// <summary>Spearman's ρ: the Pearson correlation of the average ranks (ties share their mean rank).</summary>
    public static double Spearman(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        Check(actual, predicted);
        return Pearson(AverageRanks.Of(actual), AverageRanks.Of(predicted));
    }

    private static double Pearson(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        double meanX = Mean(x), meanY = Mean(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - meanX;
            var dy = y[i] - meanY;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    private static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (var value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }

    private static void Check(ReadOnlySpan<double> actual, ReadOnlySpan<double> predicted)
    {
        if (actual.Length != predicted.Length)
        {
            throw new ArgumentException($"{actual.Length} actual values but {predicted.Length} predictions: they must pair up row by row.", nameof(predicted));
        }

        if (actual.Length == 0)
        {
            throw new ArgumentException("No rows to evaluate.", nameof(actual));
        }

        for (var i = 0; i < actual.Length; i++)
        {
            if (!double.IsFinite(actual[i]) || !double.IsFinite(predicted[i]))
            {
                throw new ArgumentException($"Row {i} is not a finite number (actual {actual[i]}, predicted {predicted[i]}).", nameof(actual));
            }
        }
    }
}
