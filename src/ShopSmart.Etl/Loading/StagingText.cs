namespace ShopSmart.Etl.Loading;

/// <summary>
/// One distinct text of a batch and the id its lines carry in stg.sales_line (bound for stg.text_value); id 0, with no
/// value, stands for a missing one.
/// </summary>
public readonly record struct StagingText(int Id, string? Value);
