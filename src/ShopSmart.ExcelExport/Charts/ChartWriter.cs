using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ShopSmart.ExcelExport.Layout;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace ShopSmart.ExcelExport.Charts;

/// <summary>
/// Adds native charts to a saved workbook (ClosedXML has no chart API): per sheet one drawing part, per chart one
/// chart part anchored between two cells. The only place in the app that writes chart XML.
/// </summary>
public static class ChartWriter
{
    private const string ChartUri = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    /// <summary>Adds the charts to their sheets of a workbook open for editing.</summary>
    public static void AddCharts(SpreadsheetDocument document, IReadOnlyList<ChartData> charts)
    {
        if (charts.Count == 0)
        {
            return;
        }

        var sheets = new SavedSheets(document);
        foreach (var group in charts.GroupBy(c => c.Spec.Sheet, StringComparer.Ordinal))
        {
            AddToSheet(sheets.Part(group.Key, "A chart"), group.ToList());
        }
    }

    private static void AddToSheet(WorksheetPart sheetPart, IReadOnlyList<ChartData> charts)
    {
        var drawingsPart = sheetPart.DrawingsPart ?? sheetPart.AddNewPart<DrawingsPart>();
        drawingsPart.WorksheetDrawing ??= new Xdr.WorksheetDrawing();
        var drawing = drawingsPart.WorksheetDrawing;
        var nextId = (uint)drawing.Descendants<Xdr.NonVisualDrawingProperties>().Count() + 2;
        foreach (var chart in charts)
        {
            var chartPart = drawingsPart.AddNewPart<ChartPart>();
            chartPart.ChartSpace = ChartSpaceBuilder.Build(chart);
            drawing.Append(Anchor(chart.Spec, drawingsPart.GetIdOfPart(chartPart), nextId++));
        }

        drawing.Save();
        LinkDrawing(sheetPart.Worksheet, sheetPart.GetIdOfPart(drawingsPart));
        sheetPart.Worksheet.Save();
    }

    private static Xdr.TwoCellAnchor Anchor(ChartSpec spec, string chartRelationshipId, uint id)
    {
        var anchor = spec.Anchor;
        return new Xdr.TwoCellAnchor(
            Marker<Xdr.FromMarker>(anchor.FromColumn, anchor.FromRow),
            Marker<Xdr.ToMarker>(anchor.ToColumn, anchor.ToRow),
            new Xdr.GraphicFrame(
                new Xdr.NonVisualGraphicFrameProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = $"Chart {id - 1}", Description = spec.Title },
                    new Xdr.NonVisualGraphicFrameDrawingProperties()),
                new Xdr.Transform(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = 0, Cy = 0 }),
                new A.Graphic(new A.GraphicData(new C.ChartReference { Id = chartRelationshipId }) { Uri = ChartUri }))
            {
                Macro = string.Empty,
            },
            new Xdr.ClientData())
        {
            EditAs = Xdr.EditAsValues.OneCell,
        };
    }

    // Markers are 0-based; anchors are 1-based like the rest of the workbook code.
    private static T Marker<T>(int column, int row)
        where T : OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(
            new Xdr.ColumnId((column - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.ColumnOffset("0"),
            new Xdr.RowId((row - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Xdr.RowOffset("0"));
        return marker;
    }

    /// <summary>Adds <c>&lt;drawing r:id&gt;</c> where the schema wants it: before the elements that must follow it.</summary>
    private static void LinkDrawing(Worksheet worksheet, string drawingRelationshipId)
    {
        if (worksheet.Elements<Drawing>().Any())
        {
            return;
        }

        var link = new Drawing { Id = drawingRelationshipId };
        var follower = worksheet.ChildElements.FirstOrDefault(e => e is LegacyDrawing or LegacyDrawingHeaderFooter or Picture
            or OleObjects or Controls or WebPublishItems or TableParts or WorksheetExtensionList);
        if (follower is null)
        {
            worksheet.Append(link);
        }
        else
        {
            worksheet.InsertBefore(link, follower);
        }
    }
}
