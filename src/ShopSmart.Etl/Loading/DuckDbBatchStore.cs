using DuckDB.NET.Data;
using ShopSmart.Core.Engines;
using ShopSmart.Etl.Calendar;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// DuckDB: rows go into staging through the appender, committed as they go — reading committed staging is several
/// times faster than reading rows still private to the batch transaction. Another process cannot open the file
/// while this one holds it, which serialises ETL runs.
/// </summary>
public sealed class DuckDbBatchStore(DuckDbEngine engine) : BatchStore(engine)
{
    private DuckDBAppender? _lines;
    private DuckDBAppender? _texts;

    private DuckDBConnection Duck => (DuckDBConnection)Connection;

    protected override void AcquireLoadLock()
    {
        // DuckDB's file lock already excludes other processes; nothing more to take.
    }

    protected override void StageTexts(int batchId, IReadOnlyList<StagingText> texts)
    {
        if (texts.Count == 0)
        {
            return;
        }

        _texts ??= Duck.CreateAppender("stg", "text_value");
        foreach (var text in texts)
        {
            _texts.CreateRow().AppendValue(batchId).AppendValue(text.Id).AppendValue(text.Value).EndRow();
        }
    }

    protected override void StageLines(int batchId, ReadOnlySpan<StagingRow> rows)
    {
        _lines ??= Duck.CreateAppender("stg", "sales_line");
        foreach (ref readonly var row in rows)
        {
            _lines.CreateRow()
                .AppendValue(batchId)
                .AppendValue(row.SheetId)
                .AppendValue(row.RowNumber)
                .AppendValue(row.InvoiceId)
                .AppendValue(row.InvoiceAt)
                .AppendValue(row.StockCodeId)
                .AppendValue(row.StockCodeRawId)
                .AppendValue(row.DescriptionId)
                .AppendValue(row.Quantity)
                .AppendValue(row.UnitPrice)
                .AppendValue(row.CustomerId)
                .AppendValue(row.CountryId)
                .AppendValue(row.ProductClassId)
                .AppendValue(row.LineHash)
                .AppendValue(row.Flags)
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
        _texts?.Dispose();
        _texts = null;
        _lines?.Dispose();
        _lines = null;
    }

    public override void DiscardStaging()
    {
        CloseStagingQuietly();
        base.DiscardStaging();
    }

    public override void StageCalendar(int batchId, IEnumerable<DateRow> days)
    {
        using var appender = Duck.CreateAppender("stg", "calendar_day");
        foreach (var d in days)
        {
            appender.CreateRow()
                .AppendValue(batchId)
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

    public override void StageLineHashes(IReadOnlyList<(long SalesLineKey, Guid LineHash)> hashes)
    {
        using var appender = Duck.CreateAppender("stg", "line_hash");
        foreach (var (key, hash) in hashes)
        {
            appender.CreateRow().AppendValue(key).AppendValue(hash).EndRow();
        }
    }

    public override void Dispose()
    {
        // A failing load may leave staging rows; they are scratch, cleared by the next load before it stages.
        CloseStagingQuietly();
        base.Dispose();
    }

    /// <summary>Closes the staging appenders on a path that is failing already; its first error is the one reported.</summary>
    private void CloseStagingQuietly()
    {
        foreach (var appender in new[] { _texts, _lines })
        {
            try
            {
                appender?.Dispose();
            }
            catch (DuckDBException)
            {
                // The rows it could not flush are scratch that is being discarded.
            }
        }

        _texts = null;
        _lines = null;
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}
