using DuckDB.NET.Data;
using ShopSmart.Core.Engines;
using ShopSmart.Etl.Calendar;
using ShopSmart.Etl.Cleaning;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// DuckDB: rows go in through the appender inside the batch transaction, so a killed run leaves nothing behind.
/// Another process cannot open the file while this one holds it, which serialises ETL runs.
/// </summary>
public sealed class DuckDbBatchStore(DuckDbEngine engine) : BatchStore(engine)
{
    private DuckDBAppender? _staging;
    private bool _rejectsPending;

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

    // The appender cannot fill a sequence default, so quarantined rows land in a temporary table first and
    // reach etl.rejected_row (and its rejected_row_id sequence) with one INSERT when staging is flushed.
    public override void Reject(int batchId, string sourceFile, IReadOnlyList<RejectedLine> rejects)
    {
        if (!_rejectsPending)
        {
            Execute("rejected_temp_create");
            _rejectsPending = true;
        }

        using var appender = Duck.CreateAppender("rejected_temp");
        foreach (var r in rejects)
        {
            appender.CreateRow()
                .AppendValue(batchId)
                .AppendValue(sourceFile)
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
        if (_rejectsPending)
        {
            Execute("rejected_temp_publish");
            _rejectsPending = false;
        }
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
        // Closing the appender flushes into the still-open transaction, which the base class then rolls back
        // unless it was committed: a failed batch leaves nothing behind either way.
        try
        {
            _staging?.Dispose();
        }
        catch (DuckDBException)
        {
            // The batch is failing already; its first error is the one worth reporting.
        }

        _staging = null;
        base.Dispose();
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
