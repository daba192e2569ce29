using MathNet.Numerics;

namespace ShopSmart.Modeling.Clv;

/// <summary>What a fitted BG/NBD says about a customer not yet observed, t time units after the first purchase.</summary>
public static class BgNbdPopulation
{
    /// <summary>E[X(t)] = (a+b−1)/(a−1) · [1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))] (eq. 9).</summary>
    public static double ExpectedPurchases(BgNbdParameters parameters, double t) =>
        BgNbdPredictions.ExpectedPurchasesIfAlive(parameters, 0, 0, t);

    /// <summary>
    /// P(X(t) = n) (eq. 8), with π = t/(α+t):
    /// B(a, b+n)/B(a, b) · Γ(r+n)/(Γ(r) n!) · (1−π)^r πⁿ
    /// + δ(n&gt;0) B(a+1, b+n−1)/B(a, b) · [1 − (1−π)^r Σ_{j&lt;n} Γ(r+j)/(Γ(r) j!) πʲ].
    /// The bracket is the upper tail of a negative binomial, P(NB ≥ n) = I_π(n, r), taken as a regularised incomplete
    /// beta so it keeps its digits where 1 − Σ would cancel.
    /// </summary>
    public static double ProbabilityOfPurchases(BgNbdParameters parameters, double t, int n)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        if (!(t > 0) || double.IsInfinity(t))
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "The period must be a finite time > 0.");
        }

        var (r, alpha, a, b) = (parameters.R, parameters.Alpha, parameters.A, parameters.B);
        var logBetaAb = SpecialFunctions.BetaLn(a, b);
        var pi = t / (alpha + t);
        var alive = Math.Exp(SpecialFunctions.BetaLn(a, b + n) - logBetaAb
            + SpecialFunctions.GammaLn(r + n) - SpecialFunctions.GammaLn(r) - SpecialFunctions.GammaLn(n + 1)
            + r * Math.Log(alpha / (alpha + t)) + n * Math.Log(pi));
        if (n == 0)
        {
            return alive;
        }

        var droppedOut = Math.Exp(SpecialFunctions.BetaLn(a + 1, b + n - 1) - logBetaAb) * SpecialFunctions.BetaRegularized(n, r, pi);
        return alive + droppedOut;
    }
}
