using DuckDB.NET.Data;
using ShopSmart.Core.Engines;
using ShopSmart.Etl.Calendar;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// DuckDB: rows go into staging through the appender, committed as they go — reading committed staging is several
/// times faster than reading rows still private to the batch transaction. Another process cannot open the file
/// while this one holds it, which serialises ETL runs.
/// </summary>
public sealed class DuckDbBatchStore(DuckDbEngine engine) : BatchStore(engine)
{
    private DuckDBAppender? _staging;

    private DuckDBConnection Duck => (DuckDBConnection)Connection;

    protected override void AcquireLoadLock()
    {
        // DuckDB's file lock already excludes other processes; nothing more to take.
    }

    public override void Stage(int batchId, ReadOnlySpan<StagedLine> lines)
    {
        _staging ??= Duck.CreateAppender("stg", "sales_line");
        foreach (var staged in lines)
        {
            var s = staged.Source;
            _staging.CreateRow()
                .AppendValue(batchId)
                .AppendValue(s.Sheet)
                .AppendValue(s.RowNumber)
                .AppendValue(s.InvoiceNo)
                .AppendValue(s.InvoiceAt)
                .AppendValue(staged.StockCode)
                .AppendValue(s.StockCode)
                .AppendValue(s.Description)
                .AppendValue(s.Quantity)
                .AppendValue(s.UnitPrice)
                .AppendValue(s.CustomerId)
                .AppendValue(s.Country)
                .AppendValue(staged.ProductClass)
                .AppendValue(staged.IsCancellation)
                .AppendValue(staged.IsBadDebtAdjustment)
                .AppendValue(staged.IsStockAdjustment)
                .EndRow();
        }
    }

    public override void Reject(int batchId, IReadOnlyList<RejectedLine> rejects)
    {
        using var appender = Duck.CreateAppender("stg", "rejected_line");
        foreach (var r in rejects)
        {
            appender.CreateRow()
                .AppendValue(batchId)
                .AppendValue(r.Sheet)
                .AppendValue(r.RowNumber)
                .AppendValue(r.ReasonCode)
                .AppendValue(Truncate(r.Detail, 400))
                .AppendValue(r.RawValues)
                .AppendValue(r.LineValue)
                .EndRow();
        }
    }

    public override void FlushStaging()
    {
        _staging?.Dispose();
        _staging = null;
    }

    public override void DiscardStaging()
    {
        CloseStagingQuietly();
        base.DiscardStaging();
    }

    public override void AddDates(IEnumerable<DateRow> rows)
    {
        using var appender = Duck.CreateAppender("dw", "dim_date");
        foreach (var d in rows)
        {
            appender.CreateRow()
                .AppendValue(d.DateKey)
                .AppendValue(d.FullDate)
                .AppendValue(d.CalendarYear)
                .AppendValue(d.CalendarQuarter)
                .AppendValue(d.MonthNumber)
                .AppendValue(d.MonthName)
                .AppendValue(d.YearMonth)
                .AppendValue(d.IsoYear)
                .AppendValue(d.IsoWeek)
                .AppendValue(d.DayOfMonth)
                .AppendValue(d.DayOfWeek)
                .AppendValue(d.DayName)
                .AppendValue(d.IsWeekend)
                .AppendValue(d.IsUkHoliday)
                .EndRow();
        }
    }

    public override void Dispose()
    {
        // A failing load may leave staging rows; they are scratch, cleared by the next load before it stages.
        CloseStagingQuietly();
        base.Dispose();
    }

    /// <summary>Closes the staging appender on a path that is failing already; its first error is the one reported.</summary>
    private void CloseStagingQuietly()
    {
        try
        {
            _staging?.Dispose();
        }
        catch (DuckDBException)
        {
            // The rows it could not flush are scratch that is being discarded.
        }

        _staging = null;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
