using ShopSmart.Reporting.Document;

namespace ShopSmart.Reporting.Renderers;

/// <summary>Writes a <see cref="ReportDocument"/> in one file format.</summary>
public interface IReportRenderer
{
    /// <summary>File name extension with its dot: <c>.html</c>, <c>.ipynb</c>, <c>.docx</c>.</summary>
    string FileExtension { get; }

    void Write(ReportDocument document, Stream output);
}
