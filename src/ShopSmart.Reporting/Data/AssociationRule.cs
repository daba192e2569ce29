namespace ShopSmart.Reporting.Data;

/// <summary>An FP-Growth rule (ml.association_rule) of the latest run.</summary>
public sealed record AssociationRule(int RuleId, string Antecedent, string Consequent, int Invoices, double Support, double Confidence, double Lift);
