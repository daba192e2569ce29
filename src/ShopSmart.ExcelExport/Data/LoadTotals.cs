namespace ShopSmart.ExcelExport.Data;

/// <summary>Rows read, loaded and quarantined over every loaded batch (the overall rows of <c>mart.v_data_quality</c>).</summary>
public sealed record LoadTotals(long RowsRead, long RowsLoaded, long RowsRejected)
{
    public static LoadTotals From(IEnumerable<(string Code, long Rows)> measures)
    {
        var byCode = measures.ToDictionary(m => m.Code, m => m.Rows, StringComparer.Ordinal);
        return new LoadTotals(byCode.GetValueOrDefault("rows_read"), byCode.GetValueOrDefault("rows_loaded"), byCode.GetValueOrDefault("rows_rejected"));
    }
}
