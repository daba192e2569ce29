namespace ShopSmart.Modeling.Pipeline;

/// <summary>
/// Whether the data can support a model, checked before training (as Dynamics 365 Customer Insights does): a model
/// that cannot be trained is skipped with the reason, and the rest of the run goes on. Null means eligible.
/// </summary>
public static class Eligibility
{
    public static string? Classification(IReadOnlyList<bool> training, IReadOnlyList<bool> holdout, ModelingOptions options)
    {
        if (training.Count < options.MinCustomers)
        {
            return $"only {training.Count} training rows; at least {options.MinCustomers} customers with purchases before the training cut-offs are needed.";
        }

        var trainBuyers = training.Count(l => l);
        var holdoutBuyers = holdout.Count(l => l);
        if (trainBuyers < options.MinPerClass || training.Count - trainBuyers < options.MinPerClass)
        {
            return $"the training windows hold {trainBuyers} buyers and {training.Count - trainBuyers} non-buyers; at least {options.MinPerClass} of each are needed.";
        }

        if (holdoutBuyers < options.MinPerClass || holdout.Count - holdoutBuyers < options.MinPerClass)
        {
            return $"the hold-out holds {holdoutBuyers} buyers and {holdout.Count - holdoutBuyers} non-buyers; at least {options.MinPerClass} of each are needed to evaluate.";
        }

        return null;
    }

    public static string? Regression(int trainingRows, int holdoutRows, ModelingOptions options) =>
        trainingRows < options.MinCustomers || holdoutRows < options.MinCustomers
            ? $"{trainingRows} training and {holdoutRows} hold-out customers; at least {options.MinCustomers} of each are needed."
            : null;
}
