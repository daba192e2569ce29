using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ShopSmart.ExcelExport.Layout;

/// <summary>
/// ClosedXML writes the rows to repeat on every printed page as <c>'Sheet'!1:4</c>; Excel writes <c>'Sheet'!$1:$4</c>,
/// and LibreOffice only honours that form. This rewrites the print titles of a saved workbook to it.
/// </summary>
public static partial class PrintTitles
{
    public static void MakeAbsolute(SpreadsheetDocument document)
    {
        var names = document.WorkbookPart?.Workbook.DefinedNames?.Elements<DefinedName>().Where(n => n.Name?.Value == "_xlnm.Print_Titles").ToList() ?? [];
        foreach (var name in names)
        {
            name.Text = Absolute(name.Text);
        }

        if (names.Count > 0)
        {
            document.WorkbookPart!.Workbook.Save();
        }
    }

    /// <summary><c>'Sheet'!1:4</c> becomes <c>'Sheet'!$1:$4</c>; a reference already absolute is left as it is.</summary>
    public static string Absolute(string reference) => RowSpan().Replace(reference, "!$$${1}:$$${2}");

    [GeneratedRegex(@"!\$?(\d+):\$?(\d+)$")]
    private static partial Regex RowSpan();
}
