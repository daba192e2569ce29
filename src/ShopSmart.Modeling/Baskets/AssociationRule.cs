namespace ShopSmart.Modeling.Baskets;

/// <summary>
/// "Customers who bought the antecedent also bought the consequent", with its counts; every measure is derived
/// from the counts, so a rule written to a table and read back gives the same figures.
/// </summary>
/// <param name="Antecedent">Product keys, distinct, ascending.</param>
/// <param name="Consequent">The product recommended.</param>
/// <param name="Count">Transactions with the antecedent and the consequent.</param>
/// <param name="AntecedentCount">Transactions with the antecedent.</param>
/// <param name="ConsequentCount">Transactions with the consequent.</param>
/// <param name="TransactionCount">All transactions mined.</param>
public sealed record AssociationRule(
    IReadOnlyList<int> Antecedent,
    int Consequent,
    int Count,
    int AntecedentCount,
    int ConsequentCount,
    int TransactionCount)
{
    /// <summary>P(A ∪ C) = count / transactions.</summary>
    public double Support => (double)Count / TransactionCount;

    /// <summary>P(C | A) = count / antecedent count.</summary>
    public double Confidence => (double)Count / AntecedentCount;

    /// <summary>P(C | A) / P(C): above 1 when the antecedent makes the consequent likelier than it is on its own.</summary>
    public double Lift => (double)Count * TransactionCount / ((double)AntecedentCount * ConsequentCount);

    /// <summary>P(A ∪ C) − P(A)·P(C): the share of transactions the pair occurs in beyond independence.</summary>
    public double Leverage =>
        ((double)Count / TransactionCount)
        - ((double)AntecedentCount / TransactionCount * ((double)ConsequentCount / TransactionCount));

    /// <summary>
    /// (1 − P(C)) / (1 − confidence): how much more often the rule would be wrong if A and C were independent.
    /// <see cref="double.PositiveInfinity"/> when the confidence is 1 (the rule is never wrong).
    /// </summary>
    public double Conviction => Count == AntecedentCount
        ? double.PositiveInfinity
        : (double)AntecedentCount * (TransactionCount - ConsequentCount) / ((double)TransactionCount * (AntecedentCount - Count));
}
