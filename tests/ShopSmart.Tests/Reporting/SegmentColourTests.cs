using ShopSmart.Core.Insights;
using ShopSmart.Core.Presentation;
using ShopSmart.Reporting.Plots;

namespace ShopSmart.Tests.Reporting;

/// <summary>A segment has one colour wherever a marketer sees it: the report's charts and the workbook's.</summary>
public sealed class SegmentColourTests
{
    public static TheoryData<string> Segments() => new(SegmentNames.All);

    [Theory]
    [MemberData(nameof(Segments))]
    public void The_report_colours_a_segment_as_the_workbook_does(string segment)
    {
        Assert.Equal(Palette.ForSegment(segment), ReportPalette.Segment(segment).ToHex()[..7], ignoreCase: true);
        Assert.NotEqual(Palette.Neutral, Palette.ForSegment(segment));
    }
}
