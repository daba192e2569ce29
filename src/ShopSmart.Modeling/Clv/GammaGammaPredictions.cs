namespace ShopSmart.Modeling.Clv;

/// <summary>What a fitted Gamma-Gamma model says about a customer's transaction value.</summary>
public static class GammaGammaPredictions
{
    /// <summary>
    /// E[Z | x, z̄] = p (γ + x z̄) / (p x + q − 1): a weighted mean of the population mean pγ/(q−1) and the customer's
    /// own z̄, weighted towards z̄ as x grows. With x = 0 it is the population mean.
    /// </summary>
    /// <exception cref="ArgumentException">p x + q ≤ 1, where the expectation is infinite.</exception>
    public static double ConditionalExpectedAverageValue(GammaGammaParameters parameters, double frequency, double meanValue)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var (p, q, gamma) = (parameters.P, parameters.Q, parameters.Gamma);
        var denominator = p * frequency + q - 1;
        if (!(denominator > 0))
        {
            throw new ArgumentException($"Gamma-Gamma: the expected value is infinite for x = {frequency} with p = {p}, q = {q} (p x + q ≤ 1).");
        }

        var observed = frequency > 0 ? frequency * meanValue : 0;
        return p * (gamma + observed) / denominator;
    }

    /// <summary>E[Z] = pγ / (q − 1), the expected transaction value of a customer with no repeat purchase.</summary>
    public static double PopulationMeanValue(GammaGammaParameters parameters) =>
        ConditionalExpectedAverageValue(parameters, 0, 0);
}
