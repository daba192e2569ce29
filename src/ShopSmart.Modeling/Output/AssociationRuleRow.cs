namespace ShopSmart.Modeling.Output;

/// <summary>A row of ml.association_rule.</summary>
public sealed record AssociationRuleRow
{
    public long RunId { get; init; }

    public int RuleId { get; init; }

    public required string AntecedentKeys { get; init; }

    public required string AntecedentCodes { get; init; }

    public string? AntecedentDescriptions { get; init; }

    public int AntecedentSize { get; init; }

    public int ConsequentKey { get; init; }

    public required string ConsequentCode { get; init; }

    public string? ConsequentDescription { get; init; }

    public int Invoices { get; init; }

    public double Support { get; init; }

    public double Confidence { get; init; }

    public double Lift { get; init; }

    public double Leverage { get; init; }

    public double? Conviction { get; init; }
}
