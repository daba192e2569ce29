namespace ShopSmart.Reporting.Data;

/// <summary>A row of mart.v_data_quality: a rule count, a quarantine reason or a reconciliation figure.</summary>
public sealed record QualityMeasure(
    string Scope, int? BatchId, string? SourceFile, string? BatchStatus, bool IsReconciled, string Kind, string Code,
    long Rows, double? Value, long RowsRead);
