using ShopSmart.Core.Files;
using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ShopSmart.Reporting.Renderers;
using ShopSmart.Tests.Support;

namespace ShopSmart.Tests.Reporting;

public sealed class DocxRendererTests
{
    [Fact]
    public void Word_document_passes_the_open_xml_validator_with_zero_errors()
    {
        // Given the sample document as a .docx
        using var stream = new MemoryStream();
        new DocxRenderer().Write(SampleDocument.Create(), stream);

        // When the Open XML SDK validates it
        stream.Position = 0;
        using var word = WordprocessingDocument.Open(stream, false);
        var errors = new OpenXmlValidator().Validate(word).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        // Then there is no error, and both figures are embedded as images
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(2, word.MainDocumentPart!.ImageParts.Count());
    }

    [SkippableFact]
    public void Word_document_opens_in_libreoffice_and_converts_to_pdf()
    {
        // Given the sample document as a .docx file
        var soffice = LibreOffice.Require();
        using var folder = new TempDirectory();
        var path = folder.File("sample.docx");
        AtomicFile.Write(path, stream => new DocxRenderer().Write(SampleDocument.Create(), stream));

        // When LibreOffice converts it to PDF
        var pdf = LibreOffice.ConvertToPdf(soffice, path, folder.Path);

        // Then a PDF with pages comes out
        var bytes = File.ReadAllBytes(pdf);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.True(bytes.Length > 10_000, $"the PDF is only {bytes.Length} bytes");
    }
}
