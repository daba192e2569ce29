using ShopSmart.Reporting.Document;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Tests.Reporting;

/// <summary>
/// A small document holding every kind of block, with text that breaks naive writers: markup characters, a dollar
/// sign (maths in Jupyter), a pipe (markdown tables), accents and non-breaking spaces (French numbers).
/// </summary>
public static class SampleDocument
{
    public const string Tricky = "<b>bold?</b> & \"quotes\" *stars* _under_ $5 | pipe # hash — 12\u202F345,6\u00A0£ é";

    public static ReportDocument Create()
    {
        var plot = ChartStyle.Create("Units by month", "Month", "Units");
        plot.Add.Bars([3.0, 5, 2, 8]);
        var chart = ChartStyle.Png(plot, 640, 320);
        var png = chart.Png;
        return new ReportDocument(
            "Sample report",
            "Generated for a test",
            new DocumentLabels("en-GB", "Contents", "Figure", "Table", ": "),
            [
                new ReportSection("first", "First section",
                [
                    new Paragraph("A plain paragraph."),
                    new Paragraph(Tricky, Lead: "Lead:"),
                    new Heading("A sub-heading"),
                    new BulletList(["one", Tricky]),
                    new Figure("Units by month", "A bar chart of units by month", png, 640, 320),
                    new Note("A neutral note."),
                ]),
                new ReportSection("second", "Second section",
                [
                    new Table("Figures", [new TableColumn("Name"), new TableColumn("Value", Numeric: true)], [["alpha", "1"], [Tricky, "2,5"]]),
                    new Note("A warning.", NoteKind.Warning),
                    new Figure("The same chart again", "The same bar chart", png, 640, 320),
                ]),
            ]);
    }
}
