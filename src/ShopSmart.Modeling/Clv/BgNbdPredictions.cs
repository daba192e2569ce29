namespace ShopSmart.Modeling.Clv;

/// <summary>What a fitted BG/NBD says about one customer given the calibration history (Fader, Hardie &amp; Lee 2005).</summary>
public static class BgNbdPredictions
{
    /// <summary>
    /// P(alive | x, tₓ, T) = 1 / (1 + δ(x&gt;0) · a / (b+x−1) · ((α+T) / (α+tₓ))^(r+x)): 1 for a customer who never
    /// came back, since in BG/NBD a customer can only drop out right after a purchase.
    /// </summary>
    public static double ProbabilityAlive(BgNbdParameters parameters, RepeatHistory customer)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(customer);
        var x = customer.Frequency;
        if (x == 0)
        {
            return 1;
        }

        var (r, alpha, a, b) = (parameters.R, parameters.Alpha, parameters.A, parameters.B);
        var logOdds = Math.Log(a) - Math.Log(b + x - 1) + (r + x) * (Math.Log(alpha + customer.Age) - Math.Log(alpha + customer.Recency));
        return 1 / (1 + Math.Exp(logOdds));
    }

    /// <summary>
    /// E[Y(t) | x, tₓ, T], the expected purchases in the next t time units (eq. 10):
    /// (a+b+x−1)/(a−1) · [1 − ((α+T)/(α+T+t))^(r+x) ₂F₁(r+x, b+x; a+b+x−1; t/(α+T+t))] · P(alive).
    /// </summary>
    public static double ConditionalExpectedPurchases(BgNbdParameters parameters, RepeatHistory customer, double t)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return ExpectedPurchasesIfAlive(parameters, customer.Frequency, customer.Age, t) * ProbabilityAlive(parameters, customer);
    }

    /// <summary>
    /// The bracketed part of eq. 10, which is also E[X(t)] of a new customer (x = 0, T = 0). It uses Euler's
    /// transformation: (1−z)^(r+x) ₂F₁(r+x, b+x; c; z) = (1−z)^(a−1) ₂F₁(a+b−1−r, a−1; c; z) with c = a+b+x−1, whose
    /// small parameters neither overflow for frequent buyers nor leave a huge series to cancel against (1−z)^(r+x).
    /// </summary>
    internal static double ExpectedPurchasesIfAlive(BgNbdParameters parameters, double x, double age, double t)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (!(t >= 0) || double.IsInfinity(t))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "The prediction horizon must be a finite time ≥ 0.");
        }

        if (t == 0)
        {
            return 0;
        }

        const double nearOne = 1e-7;
        if (Math.Abs(parameters.A - 1) < nearOne)
        {
            // (a − 1) divides a bracket that vanishes with it; the function is smooth in a, so take the midpoint.
            return (ExpectedPurchasesIfAlive(parameters with { A = 1 - nearOne }, x, age, t)
                + ExpectedPurchasesIfAlive(parameters with { A = 1 + nearOne }, x, age, t)) / 2;
        }

        var (r, alpha, a, b) = (parameters.R, parameters.Alpha, parameters.A, parameters.B);
        var c = a + b + x - 1;
        var z = t / (alpha + age + t);
        var scaled = Math.Pow(1 - z, a - 1) * GaussHypergeometric.Evaluate(a + b - 1 - r, a - 1, c, z);
        return c / (a - 1) * (1 - scaled);
    }
}
