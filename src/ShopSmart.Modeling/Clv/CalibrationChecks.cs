namespace ShopSmart.Modeling.Clv;

/// <summary>
/// The two fit checks of Fader, Hardie &amp; Lee (2005), as data for the report to draw: the calibration-period
/// repeat-purchase histogram, and calibration frequency against hold-out purchases.
/// </summary>
public static class CalibrationChecks
{
    /// <summary>
    /// Customers with x = 0, 1, …, k−1 and k+ repeat purchases, actual and expected; the expected count of bucket j
    /// is Σᵢ P(X(Tᵢ) = j) over the customers' own ages Tᵢ, and k+ takes the rest.
    /// </summary>
    public static IReadOnlyList<HistogramBucket> RepeatPurchaseHistogram(
        BgNbdParameters parameters, IReadOnlyList<RepeatHistory> customers, FitCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var k = Buckets(options);
        var expected = new double[k];
        foreach (var cohort in customers.GroupBy(c => c.Age))
        {
            var size = cohort.Count();
            for (var j = 0; j < k; j++)
            {
                expected[j] += size * BgNbdPopulation.ProbabilityOfPurchases(parameters, cohort.Key, j);
            }
        }

        var actual = new double[k + 1];
        foreach (var customer in customers)
        {
            actual[Bucket(customer.Frequency, k)]++;
        }

        return Enumerable.Range(0, k + 1)
            .Select(j => new HistogramBucket(j, j == k, actual[j], j < k ? expected[j] : customers.Count - expected.Sum()))
            .ToList();
    }

    /// <summary>
    /// For customers grouped by calibration frequency (0, 1, …, k−1, k+), the mean of their actual purchases in a
    /// hold-out period of <paramref name="holdoutLength"/> time units and the mean of E[Y(holdoutLength) | x, tₓ, T].
    /// Empty buckets are left out.
    /// </summary>
    /// <param name="holdoutPurchases">Actual hold-out purchases, one per customer in the order of <paramref name="customers"/>.</param>
    public static IReadOnlyList<HoldoutBucket> CalibrationVersusHoldout(
        BgNbdParameters parameters,
        IReadOnlyList<RepeatHistory> customers,
        IReadOnlyList<double> holdoutPurchases,
        double holdoutLength,
        FitCheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(customers);
        ArgumentNullException.ThrowIfNull(holdoutPurchases);
        if (holdoutPurchases.Count != customers.Count)
        {
            throw new ArgumentException(
                $"{holdoutPurchases.Count} hold-out counts for {customers.Count} customers; give one per customer.", nameof(holdoutPurchases));
        }

        var k = Buckets(options);
        return Enumerable.Range(0, customers.Count)
            .GroupBy(i => Bucket(customers[i].Frequency, k))
            .OrderBy(g => g.Key)
            .Select(g => new HoldoutBucket(
                g.Key,
                g.Key == k,
                g.Count(),
                g.Average(i => holdoutPurchases[i]),
                g.Average(i => BgNbdPredictions.ConditionalExpectedPurchases(parameters, customers[i], holdoutLength))))
            .ToList();
    }

    private static int Buckets(FitCheckOptions? options)
    {
        options ??= new FitCheckOptions();
        options.Validate();
        return options.FrequencyBuckets;
    }

    private static int Bucket(double frequency, int k) => (int)Math.Min(frequency, k);
}
