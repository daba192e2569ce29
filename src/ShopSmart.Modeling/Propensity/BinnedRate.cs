namespace ShopSmart.Modeling.Propensity;

/// <summary>
/// Turns a rule's score into a probability: the share of positives among training rows with the same score bin
/// (Laplace-smoothed towards the overall rate), so rule baselines get honest log-loss and Brier figures too.
/// </summary>
public sealed class BinnedRate
{
    private readonly Dictionary<int, double> _rate;
    private readonly double _overall;

    private BinnedRate(Dictionary<int, double> rate, double overall)
    {
        _rate = rate;
        _overall = overall;
    }

    public static BinnedRate Fit(IReadOnlyList<int> bins, IReadOnlyList<bool> labels, double smoothing = 1.0)
    {
        var overall = labels.Count == 0 ? 0 : labels.Count(l => l) / (double)labels.Count;
        var rate = bins.Select((b, i) => (Bin: b, Label: labels[i]))
            .GroupBy(x => x.Bin)
            .ToDictionary(g => g.Key, g => (g.Count(x => x.Label) + (smoothing * overall)) / (g.Count() + smoothing));
        return new BinnedRate(rate, overall);
    }

    public double Predict(int bin) => _rate.TryGetValue(bin, out var r) ? r : _overall;
}
