using System.Text;
using ExcelDataReader;

namespace ShopSmart.Etl.Sources;

/// <summary>
/// <see cref="IWorkbookRows"/> over ExcelDataReader, kept for legacy .xls (OLE) workbooks. ExcelDataReader gives
/// every row from the first, blank ones included, so a row's number is its position in the sheet.
/// </summary>
public sealed class ExcelDataReaderRows(IExcelDataReader excel) : IWorkbookRows
{
    private long _rowNumber;

    /// <summary>Opens a workbook (xls or xlsx) from a seekable stream, which the reader then owns.</summary>
    public static ExcelDataReaderRows Open(Stream stream)
    {
        // ExcelDataReader needs the Windows code pages (xls strings, and its default fallback encoding).
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return new ExcelDataReaderRows(ExcelReaderFactory.CreateReader(stream));
    }

    public string SheetName => excel.Name;

    public bool SheetHidden => excel.VisibleState is { } state && !state.Equals("visible", StringComparison.OrdinalIgnoreCase);

    public long RowNumber => _rowNumber;

    public int FieldCount => excel.FieldCount;

    public bool NextSheet()
    {
        _rowNumber = 0;
        return excel.NextResult();
    }

    public bool Read()
    {
        if (!excel.Read())
        {
            return false;
        }

        _rowNumber++;
        return true;
    }

    public object? GetValue(int ordinal) => excel.GetValue(ordinal);

    /// <summary>Always false: ExcelDataReader 3.6 gives an error cell as null.</summary>
    public bool IsError(int ordinal) => false;

    public void Dispose() => excel.Dispose();
}
