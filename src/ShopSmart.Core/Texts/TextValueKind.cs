namespace ShopSmart.Core.Texts;

/// <summary>What a <see cref="TextValue"/> holds, which decides how it is written.</summary>
public enum TextValueKind
{
    Text,
    Term,
    Count,
    Number,
    Money,
    Percent,
    Date,
    Month,
}
