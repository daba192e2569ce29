using System.Globalization;
using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;

namespace ShopSmart.ExcelExport.Charts;

/// <summary>
/// Builds the DrawingML chart (<c>c:chartSpace</c>) of one chart: plot, series referring to the sheet's cells with
/// their cached values, axes, title and legend. Element order follows the schema (the validator checks it).
/// </summary>
internal static class ChartSpaceBuilder
{
    private const uint CategoryAxisId = 50010;
    private const uint ValueAxisId = 50020;
    private const uint SecondaryCategoryAxisId = 50030;
    private const uint SecondaryValueAxisId = 50040;
    private const int AxisFontSize = 800;
    private const int TitleFontSize = 1200;

    public static C.ChartSpace Build(ChartData chart)
    {
        var spec = chart.Spec;
        var plotArea = new C.PlotArea(new C.Layout());
        switch (spec.Kind)
        {
            case ChartKind.Column or ChartKind.Bar:
                plotArea.Append(BarChart(chart, spec.Kind == ChartKind.Bar ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column, Indexes(chart, secondary: null)));
                AppendAxes(plotArea, spec, reversed: spec.Kind == ChartKind.Bar);
                break;
            case ChartKind.Line:
                plotArea.Append(LineChart(chart, Indexes(chart, secondary: null), CategoryAxisId, ValueAxisId));
                AppendAxes(plotArea, spec, reversed: false);
                break;
            case ChartKind.ColumnLine:
                plotArea.Append(BarChart(chart, C.BarDirectionValues.Column, Indexes(chart, secondary: false)));
                plotArea.Append(LineChart(chart, Indexes(chart, secondary: true), SecondaryCategoryAxisId, SecondaryValueAxisId));
                AppendAxes(plotArea, spec, reversed: false);
                plotArea.Append(CategoryAxis(SecondaryCategoryAxisId, SecondaryValueAxisId, deleted: true, reversed: false));
                plotArea.Append(ValueAxis(SecondaryValueAxisId, SecondaryCategoryAxisId, spec.SecondaryFormat, C.AxisPositionValues.Right, crossesAtMax: true, gridlines: false));
                break;
            case ChartKind.Doughnut:
                plotArea.Append(DoughnutChart(chart));
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(chart), spec.Kind, "unknown chart kind");
        }

        var body = new C.Chart(Title(spec.Title), new C.AutoTitleDeleted { Val = false }, plotArea);

        // A legend says which series is which; one series (its name is in the title) needs none, except a doughnut's slices.
        if (spec.Series.Count > 1 || spec.Kind == ChartKind.Doughnut)
        {
            body.Append(new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }, TextProperties(AxisFontSize)));
        }

        body.Append(new C.PlotVisibleOnly { Val = true }, new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap });
        return new C.ChartSpace(new C.Date1904 { Val = false }, new C.RoundedCorners { Val = false }, body);
    }

    private static List<int> Indexes(ChartData chart, bool? secondary) =>
        Enumerable.Range(0, chart.Spec.Series.Count)
            .Where(i => secondary is null || chart.Spec.Series[i].OnSecondaryAxis == secondary)
            .ToList();

    private static C.BarChart BarChart(ChartData chart, C.BarDirectionValues direction, IEnumerable<int> series)
    {
        var bar = new C.BarChart(
            new C.BarDirection { Val = direction },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        foreach (var i in series)
        {
            var spec = chart.Spec.Series[i];
            var ser = new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesText(spec.Name, chart.SeriesNames[i]),
                Fill(spec.Colour),
                new C.InvertIfNegative { Val = false });
            AppendPointColours(ser, spec);
            ser.Append(Categories(chart), Values(spec.Values, chart.Values[i]));
            bar.Append(ser);
        }

        bar.Append(new C.GapWidth { Val = 60 }, new C.AxisId { Val = CategoryAxisId }, new C.AxisId { Val = ValueAxisId });
        return bar;
    }

    private static C.LineChart LineChart(ChartData chart, IEnumerable<int> series, uint categoryAxis, uint valueAxis)
    {
        var line = new C.LineChart(new C.Grouping { Val = C.GroupingValues.Standard }, new C.VaryColors { Val = false });
        foreach (var i in series)
        {
            var spec = chart.Spec.Series[i];
            line.Append(new C.LineChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                SeriesText(spec.Name, chart.SeriesNames[i]),
                new C.ChartShapeProperties(new A.Outline(SolidFill(spec.Colour)) { Width = 28575 }),
                new C.Marker(new C.Symbol { Val = C.MarkerStyleValues.Circle }, new C.Size { Val = 5 }, new C.ChartShapeProperties(SolidFill(spec.Colour))),
                Categories(chart),
                Values(spec.Values, chart.Values[i]),
                new C.Smooth { Val = false }));
        }

        line.Append(new C.ShowMarker { Val = true }, new C.AxisId { Val = categoryAxis }, new C.AxisId { Val = valueAxis });
        return line;
    }

    private static C.DoughnutChart DoughnutChart(ChartData chart)
    {
        var doughnut = new C.DoughnutChart(new C.VaryColors { Val = true });
        for (var i = 0; i < chart.Spec.Series.Count; i++)
        {
            var spec = chart.Spec.Series[i];
            var ser = new C.PieChartSeries(new C.Index { Val = (uint)i }, new C.Order { Val = (uint)i }, SeriesText(spec.Name, chart.SeriesNames[i]));
            var colours = spec.PointColours ?? Enumerable.Range(0, chart.Categories.Count).Select(ShopSmart.Core.Presentation.Palette.ForSeries).ToList();
            for (var p = 0; p < colours.Count && p < chart.Categories.Count; p++)
            {
                ser.Append(new C.DataPoint(new C.Index { Val = (uint)p }, new C.Bubble3D { Val = false }, Fill(colours[p])));
            }

            ser.Append(Categories(chart), Values(spec.Values, chart.Values[i]));
            doughnut.Append(ser);
        }

        doughnut.Append(new C.FirstSliceAngle { Val = 0 }, new C.HoleSize { Val = 55 });
        return doughnut;
    }

    private static void AppendPointColours(C.BarChartSeries series, ChartSeries spec)
    {
        if (spec.PointColours is null)
        {
            return;
        }

        for (var p = 0; p < spec.PointColours.Count; p++)
        {
            series.Append(new C.DataPoint(
                new C.Index { Val = (uint)p },
                new C.InvertIfNegative { Val = false },
                new C.Bubble3D { Val = false },
                Fill(spec.PointColours[p])));
        }
    }

    private static void AppendAxes(C.PlotArea plotArea, ChartSpec spec, bool reversed)
    {
        plotArea.Append(CategoryAxis(CategoryAxisId, ValueAxisId, deleted: false, reversed));
        // Bars run top-down in sheet order; the value axis then crosses at the last category to stay at the bottom.
        plotArea.Append(ValueAxis(
            ValueAxisId, CategoryAxisId, spec.ValueFormat, reversed ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left, crossesAtMax: reversed, gridlines: true));
    }

    private static C.CategoryAxis CategoryAxis(uint id, uint crossAxis, bool deleted, bool reversed) => new(
        new C.AxisId { Val = id },
        new C.Scaling(new C.Orientation { Val = reversed ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
        new C.Delete { Val = deleted },
        new C.AxisPosition { Val = reversed ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
        new C.NumberingFormat { FormatCode = "General", SourceLinked = true },
        new C.MajorTickMark { Val = C.TickMarkValues.None },
        new C.MinorTickMark { Val = C.TickMarkValues.None },
        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
        AxisLine(),
        TextProperties(AxisFontSize),
        new C.CrossingAxis { Val = crossAxis },
        new C.Crosses { Val = C.CrossesValues.AutoZero },
        new C.AutoLabeled { Val = true },
        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
        new C.LabelOffset { Val = 100 },
        new C.NoMultiLevelLabels { Val = true });

    private static C.ValueAxis ValueAxis(uint id, uint crossAxis, string format, C.AxisPositionValues position, bool crossesAtMax, bool gridlines)
    {
        var axis = new C.ValueAxis(
            new C.AxisId { Val = id },
            new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
            new C.Delete { Val = false },
            new C.AxisPosition { Val = position });
        if (gridlines)
        {
            axis.Append(new C.MajorGridlines(new C.ChartShapeProperties(new A.Outline(SolidFill("D9D9D9")) { Width = 6350 })));
        }

        axis.Append(
            new C.NumberingFormat { FormatCode = format, SourceLinked = false },
            new C.MajorTickMark { Val = C.TickMarkValues.Outside },
            new C.MinorTickMark { Val = C.TickMarkValues.None },
            new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
            AxisLine(),
            TextProperties(AxisFontSize),
            new C.CrossingAxis { Val = crossAxis },
            new C.Crosses { Val = crossesAtMax ? C.CrossesValues.Maximum : C.CrossesValues.AutoZero },
            new C.CrossBetween { Val = C.CrossBetweenValues.Between });
        return axis;
    }

    private static C.SeriesText SeriesText(SheetRange cell, string name) => new(
        new C.StringReference(
            new C.Formula(cell.ToFormula()),
            new C.StringCache(new C.PointCount { Val = 1 }, new C.StringPoint(new C.NumericValue(name)) { Index = 0 })));

    private static C.CategoryAxisData Categories(ChartData chart)
    {
        var cache = new C.StringCache(new C.PointCount { Val = (uint)chart.Categories.Count });
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            cache.Append(new C.StringPoint(new C.NumericValue(chart.Categories[i])) { Index = (uint)i });
        }

        return new C.CategoryAxisData(new C.StringReference(new C.Formula(chart.Spec.Categories.ToFormula()), cache));
    }

    private static C.Values Values(SheetRange range, IReadOnlyList<double?> values)
    {
        var cache = new C.NumberingCache(new C.FormatCode("General"), new C.PointCount { Val = (uint)values.Count });
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } value)
            {
                cache.Append(new C.NumericPoint(new C.NumericValue(value.ToString("R", CultureInfo.InvariantCulture))) { Index = (uint)i });
            }
        }

        return new C.Values(new C.NumberReference(new C.Formula(range.ToFormula()), cache));
    }

    private static C.Title Title(string text) => new(
        new C.ChartText(new C.RichText(
            new A.BodyProperties(),
            new A.ListStyle(),
            new A.Paragraph(
                new A.ParagraphProperties(new A.DefaultRunProperties { FontSize = TitleFontSize, Bold = true }),
                new A.Run(new A.RunProperties { Language = "en-GB", FontSize = TitleFontSize, Bold = true }, new A.Text(text))))),
        new C.Overlay { Val = false });

    private static C.TextProperties TextProperties(int fontSize) => new(
        new A.BodyProperties(),
        new A.ListStyle(),
        new A.Paragraph(
            new A.ParagraphProperties(new A.DefaultRunProperties(SolidFill("404040")) { FontSize = fontSize }),
            new A.EndParagraphRunProperties { Language = "en-GB" }));

    private static C.ChartShapeProperties AxisLine() => new(new A.Outline(SolidFill("BFBFBF")) { Width = 9525 });

    private static C.ChartShapeProperties Fill(string colour) => new(SolidFill(colour));

    private static A.SolidFill SolidFill(string colour) => new(new A.RgbColorModelHex { Val = colour.TrimStart('#') });
}
