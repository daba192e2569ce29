namespace ShopSmart.Modeling.Clv;

/// <summary>Fits BG/NBD and Gamma-Gamma on one set of customers: load → fit both → value each customer.</summary>
public static class ClvModel
{
    /// <param name="customers">Calibration histories.</param>
    /// <param name="meanValues">z̄ per customer, in the order of <paramref name="customers"/>; used where x ≥ 1 and z̄ &gt; 0.</param>
    /// <param name="options">Optimiser settings; the defaults when null.</param>
    public static ClvFit Fit(IReadOnlyList<RepeatHistory> customers, IReadOnlyList<double> meanValues, OptimizerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(meanValues);
        if (meanValues.Count != customers.Count)
        {
            throw new ArgumentException($"{meanValues.Count} mean values for {customers.Count} customers; give one per customer.", nameof(meanValues));
        }

        var purchases = BgNbdFitter.Fit(customers, options);
        // Repeat buyers whose repeat purchases net to nothing (z̄ ≤ 0, e.g. fully returned) carry no spend information.
        var spenders = Enumerable.Range(0, customers.Count)
            .Where(i => customers[i].Frequency >= 1 && meanValues[i] > 0)
            .Select(i => new SpendHistory(customers[i].Frequency, meanValues[i]))
            .ToList();
        return new ClvFit(purchases, GammaGammaFitter.Fit(spenders, options));
    }
}
