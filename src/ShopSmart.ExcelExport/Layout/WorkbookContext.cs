using ClosedXML.Excel;
using ShopSmart.ExcelExport.Charts;

namespace ShopSmart.ExcelExport.Layout;

/// <summary>The workbook being written, with what the sheets collect on the way: charts, dictionary entries, and long tables' rows to stream.</summary>
public sealed class WorkbookContext(XLWorkbook workbook)
{
    private readonly List<ChartSpec> _charts = [];
    private readonly List<DictionaryEntry> _dictionary = [];
    private readonly List<StreamedTable> _streamed = [];

    public XLWorkbook Workbook { get; } = workbook;

    public IReadOnlyList<ChartSpec> Charts => _charts;

    public IReadOnlyList<DictionaryEntry> Dictionary => _dictionary;

    /// <summary>Tables whose rows are written after the save (<see cref="StreamedRows"/>).</summary>
    public IReadOnlyList<StreamedTable> StreamedTables => _streamed;

    public SheetWriter AddSheet(string name) => new(this, Workbook.AddWorksheet(name));

    internal void Add(ChartSpec chart) => _charts.Add(chart);

    internal void Add(StreamedTable table) => _streamed.Add(table);

    internal void Add(DictionaryEntry entry)
    {
        if (!_dictionary.Any(e => e.Sheet == entry.Sheet && e.Column == entry.Column))
        {
            _dictionary.Add(entry);
        }
    }
}
