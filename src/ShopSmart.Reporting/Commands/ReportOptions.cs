using Microsoft.Extensions.Configuration;

namespace ShopSmart.Reporting.Commands;

/// <summary>Where and how the report is written. Bound from the <c>Report</c> configuration section; options override it.</summary>
public sealed class ReportOptions
{
    public const string SectionName = "Report";

    /// <summary>The formats the report is written in, by file extension.</summary>
    public static IReadOnlyList<string> AllFormats { get; } = ["html", "ipynb", "docx"];

    /// <summary>Folder the files go to, relative to the working directory; created when absent.</summary>
    public string OutputFolder { get; set; } = Path.Combine("out", "report");

    /// <summary><c>en-GB</c> (default) or <c>fr-FR</c>.</summary>
    public string Culture { get; set; } = "en-GB";

    /// <summary>File name without extension; the culture is added: <c>shopsmart-report.en-GB.html</c>.</summary>
    public string FileName { get; set; } = "shopsmart-report";

    /// <summary>Any of <c>html</c>, <c>ipynb</c>, <c>docx</c>; empty means all three. (Empty by default: the binder
    /// appends configured items to a list, so defaults here would always be written.)</summary>
    public IList<string> Formats { get; set; } = [];

    public static ReportOptions Bind(IConfiguration configuration)
    {
        var options = new ReportOptions();
        configuration.GetSection(SectionName).Bind(options);
        return options;
    }
}
