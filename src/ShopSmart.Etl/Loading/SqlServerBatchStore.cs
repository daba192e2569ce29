using System.Data;
using Dapper;
using Microsoft.Data.SqlClient;
using ShopSmart.Core.Engines;
using ShopSmart.Etl.Calendar;
using ShopSmart.Etl.Sources;

namespace ShopSmart.Etl.Loading;

/// <summary>
/// SQL Server: rows go into staging with SqlBulkCopy in chunks, so no file is held in memory; an exclusive
/// session-level application lock (sp_getapplock) keeps a second ETL run out until this one's connection closes.
/// </summary>
public sealed class SqlServerBatchStore(SqlServerEngine engine) : BatchStore(engine)
{
    private const string LockResource = "shopsmart_etl_load";
    private readonly DataTable _staging = StagingTable();
    private readonly DataTable _texts = TextTable();

    private SqlConnection SqlConnection => (SqlConnection)Connection;

    protected override int CommandTimeoutSeconds => engine.CommandTimeoutSeconds;

    protected override void AcquireLoadLock()
    {
        var parameters = new DynamicParameters();
        parameters.Add("@Resource", LockResource);
        parameters.Add("@LockMode", "Exclusive");
        parameters.Add("@LockOwner", "Session");
        parameters.Add("@LockTimeout", 0);
        parameters.Add("@result", dbType: DbType.Int32, direction: ParameterDirection.ReturnValue);
        Connection.Execute("sp_getapplock", parameters, commandType: CommandType.StoredProcedure);
        if (parameters.Get<int>("@result") < 0)
        {
            throw new WarehouseBusyException(
                $"Another ETL run holds the load lock on {engine.Describe()}. Wait for it to finish and run again.");
        }
    }

    protected override void StageTexts(int batchId, IReadOnlyList<StagingText> texts)
    {
        foreach (var text in texts)
        {
            _texts.Rows.Add(batchId, text.Id, (object?)text.Value ?? DBNull.Value);
        }
    }

    protected override void StageLines(int batchId, ReadOnlySpan<StagingRow> rows)
    {
        foreach (ref readonly var row in rows)
        {
            _staging.Rows.Add(
                batchId, row.SheetId, row.RowNumber, row.InvoiceId, row.InvoiceAt, row.StockCodeId, row.StockCodeRawId,
                row.DescriptionId, row.Quantity, row.UnitPrice, row.CustomerId, row.CountryId, row.ProductClassId, row.LineHash,
                row.Flags);
        }

        if (_staging.Rows.Count >= 50_000)
        {
            FlushStaging();
        }
    }

    public override void Reject(int batchId, IReadOnlyList<RejectedLine> rejects)
    {
        var table = Table(
            ("batch_id", typeof(int)), ("source_sheet", typeof(string)), ("source_row_number", typeof(long)),
            ("reason_code", typeof(string)), ("reason_detail", typeof(string)), ("raw_values", typeof(string)),
            ("line_value", typeof(decimal)));
        foreach (var r in rejects)
        {
            table.Rows.Add(batchId, r.Sheet, r.RowNumber, r.ReasonCode, r.Detail.Length > 400 ? r.Detail[..400] : r.Detail,
                r.RawValues, (object?)r.LineValue ?? DBNull.Value);
        }

        BulkCopy("stg.rejected_line", table);
    }

    public override void FlushStaging()
    {
        // Texts first: every line's ids point into them.
        if (_texts.Rows.Count > 0)
        {
            BulkCopy("stg.text_value", _texts);
            _texts.Clear();
        }

        if (_staging.Rows.Count > 0)
        {
            BulkCopy("stg.sales_line", _staging);
            _staging.Clear();
        }
    }

    public override void DiscardStaging()
    {
        _texts.Clear();
        _staging.Clear();
        base.DiscardStaging();
    }

    public override void StageCalendar(int batchId, IEnumerable<DateRow> days)
    {
        var table = Table(
            ("batch_id", typeof(int)), ("date_key", typeof(int)), ("full_date", typeof(DateTime)), ("calendar_year", typeof(int)),
            ("calendar_quarter", typeof(int)), ("month_number", typeof(int)), ("month_name", typeof(string)),
            ("year_month", typeof(string)), ("iso_year", typeof(int)), ("iso_week", typeof(int)),
            ("day_of_month", typeof(int)), ("day_of_week", typeof(int)), ("day_name", typeof(string)),
            ("is_weekend", typeof(bool)), ("is_uk_holiday", typeof(bool)));

        foreach (var d in days)
        {
            table.Rows.Add(batchId, d.DateKey, d.FullDate.ToDateTime(TimeOnly.MinValue), d.CalendarYear, d.CalendarQuarter, d.MonthNumber,
                d.MonthName, d.YearMonth, d.IsoYear, d.IsoWeek, d.DayOfMonth, d.DayOfWeek, d.DayName, d.IsWeekend, d.IsUkHoliday);
        }

        BulkCopy("stg.calendar_day", table);
    }

    public override void StageLineHashes(IReadOnlyList<(long SalesLineKey, Guid LineHash)> hashes)
    {
        var table = Table(("sales_line_key", typeof(long)), ("line_hash", typeof(Guid)));
        foreach (var (key, hash) in hashes)
        {
            table.Rows.Add(key, hash);
        }

        BulkCopy("stg.line_hash", table);
    }

    private void BulkCopy(string destination, DataTable table)
    {
        using var bulk = new SqlBulkCopy(SqlConnection, SqlBulkCopyOptions.TableLock, (SqlTransaction?)Transaction)
        {
            DestinationTableName = destination,
            BulkCopyTimeout = engine.CommandTimeoutSeconds,
        };
        foreach (DataColumn column in table.Columns)
        {
            bulk.ColumnMappings.Add(column.ColumnName, column.ColumnName);
        }

        bulk.WriteToServer(table);
    }

    private static DataTable StagingTable() => Table(
        ("batch_id", typeof(int)), ("source_sheet_text_id", typeof(int)), ("source_row_number", typeof(long)),
        ("invoice_text_id", typeof(int)), ("invoice_at", typeof(DateTime)), ("stock_code_text_id", typeof(int)),
        ("stock_code_raw_text_id", typeof(int)), ("description_text_id", typeof(int)), ("quantity", typeof(int)),
        ("unit_price", typeof(decimal)), ("customer_text_id", typeof(int)), ("country_text_id", typeof(int)),
        ("product_class_text_id", typeof(int)), ("line_hash", typeof(Guid)), ("flags", typeof(int)));

    private static DataTable TextTable() => Table(("batch_id", typeof(int)), ("text_id", typeof(int)), ("text_value", typeof(string)));

    /// <summary>An empty DataTable whose columns match a warehouse table's, for SqlBulkCopy.</summary>
    private static DataTable Table(params (string Name, Type Type)[] columns)
    {
        var table = new DataTable();
        foreach (var (name, type) in columns)
        {
            table.Columns.Add(name, type);
        }

        return table;
    }
}
