namespace ShopSmart.Modeling.Evaluation;

/// <summary>The thresholds of the grade, as relative improvements over the best baseline.</summary>
public sealed class GradeRule
{
    /// <summary>Relative improvement that earns an A (0.05 = at least 5% better than the best baseline).</summary>
    public double Margin { get; set; } = 0.05;

    /// <summary>Relative difference within which model and baseline tie (0.01 = 1%): a tie is a B, not a C.</summary>
    public double Tolerance { get; set; } = 0.01;

    internal void Validate()
    {
        if (!(Tolerance >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(Tolerance), Tolerance, "The tolerance cannot be negative.");
        }

        if (!(Margin > Tolerance))
        {
            throw new ArgumentOutOfRangeException(nameof(Margin), Margin, $"The margin must be above the tolerance ({Tolerance}).");
        }
    }
}
