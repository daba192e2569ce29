using ClosedXML.Excel;

namespace ShopSmart.Tests.Support;

/// <summary>Builds workbooks in the published UCI layouts, with the data types Excel gives each column.</summary>
public static class ExcelFixtures
{
    public static readonly string[] OnlineRetailIIHeader =
        ["Invoice", "StockCode", "Description", "Quantity", "InvoiceDate", "Price", "Customer ID", "Country"];

    /// <summary>
    /// The Online Retail II workbook shape: sheets "Year 2009-2010" and "Year 2010-2011", numbers stored as numbers,
    /// dates as date-times, empty cells for missing customers; a few cancellations and guest lines.
    /// </summary>
    public static string OnlineRetailII(string path, int rowsPerSheet)
    {
        using var workbook = new XLWorkbook();
        AddSheet(workbook, "Year 2009-2010", new DateTime(2009, 12, 1, 7, 45, 0), 489434, rowsPerSheet);
        AddSheet(workbook, "Year 2010-2011", new DateTime(2010, 12, 1, 8, 26, 0), 536365, rowsPerSheet);
        workbook.SaveAs(path);
        return path;
    }

    /// <summary>
    /// Writes one row of values from column A on: text, whole numbers, dates and numbers as the cell types Excel gives
    /// them; anything else as an empty text.
    /// </summary>
    public static void WriteRow(IXLWorksheet sheet, int row, IReadOnlyList<object> values)
    {
        for (var c = 0; c < values.Count; c++)
        {
            sheet.Cell(row, c + 1).Value = values[c] switch { string t => t, int i => i, DateTime d => d, double x => x, _ => string.Empty };
        }
    }

    /// <summary>The expected lines of <see cref="OnlineRetailII"/>: (invoice, quantity, price, customer or null).</summary>
    public static IEnumerable<(string Invoice, int Quantity, decimal Price, string? Customer)> Lines(int firstInvoice, int rows)
    {
        for (var i = 0; i < rows; i++)
        {
            var cancelled = i % 50 == 49;
            var invoice = (cancelled ? "C" : string.Empty) + (firstInvoice + (i / 5)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var customer = i % 7 == 3 ? null : (12346 + (i % 40)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            yield return (invoice, cancelled ? -1 : 1 + (i % 12), 0.85m + (i % 9), customer);
        }
    }

    private static void AddSheet(XLWorkbook workbook, string name, DateTime start, int firstInvoice, int rows)
    {
        var sheet = workbook.AddWorksheet(name);
        for (var c = 0; c < OnlineRetailIIHeader.Length; c++)
        {
            sheet.Cell(1, c + 1).Value = OnlineRetailIIHeader[c];
        }

        var r = 2;
        foreach (var (invoice, quantity, price, customer) in Lines(firstInvoice, rows))
        {
            if (invoice.StartsWith('C'))
            {
                sheet.Cell(r, 1).Value = invoice;
            }
            else
            {
                sheet.Cell(r, 1).Value = int.Parse(invoice, System.Globalization.CultureInfo.InvariantCulture);
            }

            sheet.Cell(r, 2).Value = (r % 3 == 0) ? "85123A" : "22423";
            sheet.Cell(r, 3).Value = (r % 3 == 0) ? "WHITE HANGING HEART T-LIGHT HOLDER" : "REGENCY CAKESTAND 3 TIER";
            sheet.Cell(r, 4).Value = quantity;
            sheet.Cell(r, 5).Value = start.AddMinutes((r - 2) / 5 * 17);
            sheet.Cell(r, 6).Value = price;
            if (customer is not null)
            {
                sheet.Cell(r, 7).Value = int.Parse(customer, System.Globalization.CultureInfo.InvariantCulture);
            }

            sheet.Cell(r, 8).Value = "United Kingdom";
            r++;
        }
    }
}
