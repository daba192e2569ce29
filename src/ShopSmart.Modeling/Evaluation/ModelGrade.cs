namespace ShopSmart.Modeling.Evaluation;

/// <summary>How a model compares with its best baseline (the rule is in docs/model-grades.md).</summary>
public enum ModelGrade
{
    /// <summary>Beats the best baseline by at least the margin.</summary>
    A,

    /// <summary>Beats it by less than the margin, or ties with it within the tolerance.</summary>
    B,

    /// <summary>Loses to it by more than the tolerance.</summary>
    C,
}
