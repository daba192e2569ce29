namespace ShopSmart.Modeling.Clv;

/// <summary>
/// The model's view of every (x, tₓ) pair for customers of one age T, as rows of (x, tₓ, value) for the report's heat
/// maps: x = 0 … max, tₓ = 0, step, 2·step, … ≤ T. The x = 0 row does not depend on tₓ (it is kept for a full grid).
/// </summary>
public static class FrequencyRecencyMatrix
{
    /// <summary>E[Y(horizon) | x, tₓ, T] on the grid.</summary>
    public static IReadOnlyList<FrequencyRecencyCell> ExpectedPurchases(
        BgNbdParameters parameters, int maxFrequency, double age, double horizon, double recencyStep = 1) =>
        Grid(maxFrequency, age, recencyStep, h => BgNbdPredictions.ConditionalExpectedPurchases(parameters, h, horizon));

    /// <summary>P(alive | x, tₓ, T) on the grid.</summary>
    public static IReadOnlyList<FrequencyRecencyCell> ProbabilityAlive(
        BgNbdParameters parameters, int maxFrequency, double age, double recencyStep = 1) =>
        Grid(maxFrequency, age, recencyStep, h => BgNbdPredictions.ProbabilityAlive(parameters, h));

    private static List<FrequencyRecencyCell> Grid(int maxFrequency, double age, double recencyStep, Func<RepeatHistory, double> value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxFrequency);
        if (!(age > 0) || double.IsInfinity(age))
        {
            throw new ArgumentOutOfRangeException(nameof(age), age, "The age T must be a finite time > 0.");
        }

        if (!(recencyStep > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(recencyStep), recencyStep, "The recency step must be > 0.");
        }

        // Multiply rather than accumulate the step, so the last column lands on T without drift.
        var columns = (int)Math.Floor((age / recencyStep) + 1e-9) + 1;
        var cells = new List<FrequencyRecencyCell>((maxFrequency + 1) * columns);
        for (var x = 0; x <= maxFrequency; x++)
        {
            for (var i = 0; i < columns; i++)
            {
                var recency = Math.Min(i * recencyStep, age);
                cells.Add(new FrequencyRecencyCell(x, recency, value(new RepeatHistory(x, recency, age))));
            }
        }

        return cells;
    }
}
