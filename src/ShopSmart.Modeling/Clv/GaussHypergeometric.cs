namespace ShopSmart.Modeling.Clv;

/// <summary>
/// The Gauss hypergeometric function ₂F₁(a, b; c; z) for real arguments and z &lt; 1, as BG/NBD needs it: the power
/// series where it converges quickly, Pfaff's transformation for z &lt; 0, and the z → 1 − z connection formula when
/// the series would need thousands of terms.
/// </summary>
public static class GaussHypergeometric
{
    private const double RelativeTolerance = 1e-15;

    /// <summary>Terms the plain series may take in the slow region (z &gt; ½) before the connection formula is tried.</summary>
    private const int QuickTermBudget = 500;

    /// <summary>Hard cap: ρ^n ≤ 1e-16 needs about 37 / (1 − z) terms; this covers z up to about 0.99998.</summary>
    private const int MaximumTerms = 2_000_000;

    /// <summary>How far c − a − b must stay from an integer for the connection formula (its Γ poles cancel there).</summary>
    private const double IntegerClearance = 0.05;

    /// <summary>₂F₁(a, b; c; z).</summary>
    /// <exception cref="ArgumentOutOfRangeException">z ≥ 1, a non-finite argument, or c a non-positive integer.</exception>
    /// <exception cref="ArithmeticException">The series did not converge within its term cap.</exception>
    public static double Evaluate(double a, double b, double c, double z)
    {
        Validate(a, b, c, z);
        if (z == 0)
        {
            return 1;
        }

        if (z < 0)
        {
            // Pfaff: ₂F₁(a, b; c; z) = (1 − z)^(−a) ₂F₁(a, c − b; c; z / (z − 1)), whose argument lies in (0, 1).
            return Math.Pow(1 - z, -a) * Evaluate(a, c - b, c, z / (z - 1));
        }

        if (z <= 0.5)
        {
            return SeriesOrThrow(a, b, c, z);
        }

        var quick = Series(a, b, c, z, QuickTermBudget);
        if (quick.Converged)
        {
            return quick.Sum;
        }

        return TryConnectionFormula(a, b, c, z, out var value) ? value : SeriesOrThrow(a, b, c, z);
    }

    private static void Validate(double a, double b, double c, double z)
    {
        if (!double.IsFinite(a) || !double.IsFinite(b) || !double.IsFinite(c) || !double.IsFinite(z))
        {
            throw new ArgumentOutOfRangeException(nameof(z), $"2F1({a}, {b}; {c}; {z}): every argument must be finite.");
        }

        if (z >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(z), z, $"2F1({a}, {b}; {c}; z) is evaluated for z < 1 only.");
        }

        if (c <= 0 && c == Math.Floor(c))
        {
            throw new ArgumentOutOfRangeException(nameof(c), c, $"2F1({a}, {b}; c; {z}) is undefined for c = 0, −1, −2, ….");
        }
    }

    private static double SeriesOrThrow(double a, double b, double c, double z)
    {
        var result = Series(a, b, c, z, MaximumTerms);
        return result.Converged
            ? result.Sum
            : throw new ArithmeticException($"2F1({a}, {b}; {c}; {z}): the series did not converge in {MaximumTerms} terms.");
    }

    /// <summary>
    /// Σ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ. It stops when the tail is provably below the tolerance: once the term ratio ρₙ is
    /// below 1, later ratios stay below max(ρₙ, |z|) (they tend to z monotonically), so the tail is at most
    /// |termₙ| ρ / (1 − ρ).
    /// </summary>
    internal static (double Sum, bool Converged) Series(double a, double b, double c, double z, int maxTerms)
    {
        double term = 1, sum = 1;
        for (var n = 0; n < maxTerms; n++)
        {
            var ratio = (a + n) * (b + n) / ((c + n) * (n + 1)) * z;
            term *= ratio;
            sum += term;
            if (term == 0)
            {
                return (sum, true); // a or b a non-positive integer: a polynomial
            }

            if (!double.IsFinite(sum))
            {
                return (sum, false);
            }

            var bound = Math.Max(Math.Abs(ratio), Math.Abs(z));
            if (bound < 1 && Math.Abs(term) * bound / (1 - bound) <= RelativeTolerance * Math.Abs(sum))
            {
                return (sum, true);
            }
        }

        return (sum, false);
    }

    /// <summary>
    /// Abramowitz &amp; Stegun 15.3.6:
    /// ₂F₁(a, b; c; z) = Γ(c)Γ(c−a−b) / (Γ(c−a)Γ(c−b)) · ₂F₁(a, b; a+b−c+1; 1−z)
    ///                + (1−z)^(c−a−b) Γ(c)Γ(a+b−c) / (Γ(a)Γ(b)) · ₂F₁(c−a, c−b; c−a−b+1; 1−z).
    /// Refused (false) when c − a − b is near an integer, when the two parts cancel to noise, or when a part
    /// overflows; the caller then sums the original series to the end.
    /// </summary>
    private static bool TryConnectionFormula(double a, double b, double c, double z, out double value)
    {
        value = double.NaN;
        var s = c - a - b;
        if (Math.Abs(s - Math.Round(s)) < IntegerClearance)
        {
            return false;
        }

        var w = 1 - z;
        var first = Part(SignedLogGamma.Of(c), SignedLogGamma.Of(s), SignedLogGamma.Of(c - a), SignedLogGamma.Of(c - b), 0, a, b, 1 - s, w);
        var second = Part(SignedLogGamma.Of(c), SignedLogGamma.Of(-s), SignedLogGamma.Of(a), SignedLogGamma.Of(b), s * Math.Log(w), c - a, c - b, 1 + s, w);
        value = first + second;
        var scale = Math.Max(Math.Abs(first), Math.Abs(second));
        return double.IsFinite(value) && Math.Abs(value) >= 1e-8 * scale;
    }

    /// <summary>Γ(n1)Γ(n2) / (Γ(d1)Γ(d2)) · e^logFactor · ₂F₁(a, b; c; w), in log space until the last step.</summary>
    private static double Part(
        SignedLogGamma n1, SignedLogGamma n2, SignedLogGamma d1, SignedLogGamma d2, double logFactor, double a, double b, double c, double w)
    {
        if (d1.IsPole || d2.IsPole)
        {
            return 0; // 1/Γ is zero at its poles
        }

        var series = Series(a, b, c, w, MaximumTerms);
        if (!series.Converged || series.Sum == 0)
        {
            return series.Converged ? 0 : double.NaN;
        }

        var logMagnitude = n1.LogAbs + n2.LogAbs - d1.LogAbs - d2.LogAbs + logFactor + Math.Log(Math.Abs(series.Sum));
        return n1.Sign * n2.Sign * d1.Sign * d2.Sign * Math.Sign(series.Sum) * Math.Exp(logMagnitude);
    }
}
