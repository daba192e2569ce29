namespace ShopSmart.Modeling.Segments;

/// <summary>z-scores per column (mean 0, standard deviation 1), so no feature dominates k-means by its unit.</summary>
public sealed class Standardiser
{
    private readonly double[] _mean;
    private readonly double[] _std;

    private Standardiser(double[] mean, double[] std)
    {
        _mean = mean;
        _std = std;
    }

    public static Standardiser Fit(IReadOnlyList<double[]> rows)
    {
        var width = rows.Count == 0 ? 0 : rows[0].Length;
        var mean = new double[width];
        var std = new double[width];
        for (var j = 0; j < width; j++)
        {
            var m = rows.Average(r => r[j]);
            var variance = rows.Count > 1 ? rows.Sum(r => (r[j] - m) * (r[j] - m)) / (rows.Count - 1) : 0;
            mean[j] = m;
            std[j] = variance > 0 ? Math.Sqrt(variance) : 1; // a constant column stays 0, not NaN
        }

        return new Standardiser(mean, std);
    }

    public double[] Apply(double[] row)
    {
        var z = new double[row.Length];
        for (var j = 0; j < row.Length; j++)
        {
            z[j] = (row[j] - _mean[j]) / _std[j];
        }

        return z;
    }
}
