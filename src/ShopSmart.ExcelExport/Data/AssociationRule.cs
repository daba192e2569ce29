namespace ShopSmart.ExcelExport.Data;

/// <summary>An association rule of the latest run (<c>ml.association_rule</c>): customers who buy the antecedent also buy the consequent.</summary>
public sealed record AssociationRule(
    long RuleId, string AntecedentCodes, string Antecedent, long AntecedentSize, string ConsequentCode, string Consequent, long Invoices,
    double Support, double Confidence, double Lift)
{
    public static AssociationRule Read(FieldReader f) => new(
        f.Long("rule_id"), f.Text("antecedent_codes"), f.NullableText("antecedent_descriptions") ?? f.Text("antecedent_codes"), f.Long("antecedent_size"),
        f.Text("consequent_code"), f.NullableText("consequent_description") ?? f.Text("consequent_code"), f.Long("invoices"), f.Double("support"),
        f.Double("confidence"), f.Double("lift"));

    /// <summary>The rule in words, as the marketing team reads it.</summary>
    public string Sentence => $"Customers who buy {Antecedent} also buy {Consequent}";
}
