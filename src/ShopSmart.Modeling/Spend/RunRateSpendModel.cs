using ShopSmart.Modeling.Features;
using ShopSmart.Modeling.Learners;

namespace ShopSmart.Modeling.Spend;

/// <summary>
/// Next-H-days spend as a multiple of the customer's run rate (net spend so far × H / tenure, at least 1): trees
/// learn the multiple (bounded and comparable across customers, weighted by the run rate so large accounts count as
/// much as their money), and the prediction is multiple × run rate, which extrapolates to customers larger than any
/// in a leaf — plain trees average a wholesale account with its leaf and miss it badly on RMSE.
/// </summary>
public sealed class RunRateSpendModel
{
    private readonly GradientBoostedRegressor _trees;
    private readonly int _horizonDays;

    private RunRateSpendModel(GradientBoostedRegressor trees, int horizonDays)
    {
        _trees = trees;
        _horizonDays = horizonDays;
    }

    public static double RunRate(CustomerFeatures c, int horizonDays) =>
        Math.Max(1, Math.Max(0, c.Monetary) * horizonDays / Math.Max(horizonDays, c.TenureDays));

    public static RunRateSpendModel Train(IReadOnlyList<CustomerFeatures> customers, IReadOnlyList<float[]> features, int horizonDays, BoostingConfig config, int seed)
    {
        var rates = customers.Select(c => RunRate(c, horizonDays)).ToList();
        var multiples = customers.Select((c, i) => c.LabelRevenue / rates[i]).ToList();
        return new RunRateSpendModel(GradientBoostedRegressor.Train(features, multiples, config, seed, rates), horizonDays);
    }

    /// <summary>Predicted spend, never below zero.</summary>
    public double[] Predict(IReadOnlyList<CustomerFeatures> customers, IReadOnlyList<float[]> features) =>
        Predict(customers.Select(c => RunRate(c, _horizonDays)).ToArray(), features);

    /// <summary>
    /// Predicted spend for rows whose run rates are given (one per row): the permutation importance shuffles feature
    /// columns but keeps each customer's own rate.
    /// </summary>
    public double[] Predict(IReadOnlyList<double> runRates, IReadOnlyList<float[]> features)
    {
        if (runRates.Count != features.Count)
        {
            throw new ArgumentException($"{runRates.Count} run rates for {features.Count} rows.", nameof(runRates));
        }

        var multiples = _trees.Predict(features);
        return multiples.Select((m, i) => Math.Max(0, m * runRates[i])).ToArray();
    }

    public void Save(string path) => _trees.Save(path);
}
