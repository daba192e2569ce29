using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ShopSmart.Reporting.Document;
using DocParagraph = ShopSmart.Reporting.Document.Paragraph;
using DocTable = ShopSmart.Reporting.Document.Table;
using WordParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace ShopSmart.Reporting.Renderers;

/// <summary>
/// A Word document (Open XML, A4) written with the Open XML SDK: its own styles (headings, captions, notes), one
/// numbered list definition for bullets, tables with a repeated header row, and each figure as an inline PNG fitted
/// to the text width.
/// </summary>
public sealed partial class DocxRenderer : IReportRenderer
{
    // A4 with 2.5 cm margins, in twentieths of a point; the text is 16 cm wide.
    private const int PageWidth = 11906;
    private const int PageHeight = 16838;
    private const int Margin = 1418;
    private const long TextWidthEmu = 16 * 360_000L;

    public string FileExtension => ".docx";

    public void Write(ReportDocument document, Stream output)
    {
        using var word = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        word.PackageProperties.Title = document.Title;
        word.PackageProperties.Language = document.Labels.LanguageTag;
        var main = word.AddMainDocumentPart();
        AddStyles(main, document.Labels.LanguageTag);
        AddNumbering(main);

        var body = new Body();
        body.Append(Para(document.Title, StyleTitle));
        body.Append(Para(document.Subtitle, StyleSubtitle));
        body.Append(Para(document.Labels.Contents, StyleHeading1));
        foreach (var section in document.Sections)
        {
            body.Append(Para(section.Title, StyleBody));
        }

        var numbers = new BlockNumbering();
        var images = new ImageWriter(main);
        foreach (var section in document.Sections)
        {
            var heading = Para(section.Title, StyleHeading1);
            heading.ParagraphProperties!.PageBreakBefore = new PageBreakBefore();
            body.Append(heading);
            foreach (var block in section.Blocks)
            {
                foreach (var element in Render(block, document.Labels, numbers, images))
                {
                    body.Append(element);
                }
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = PageWidth, Height = PageHeight },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 709, Footer = 709, Gutter = 0 }));
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        main.Document.Save();
    }

    private static IEnumerable<OpenXmlElement> Render(Block block, DocumentLabels labels, BlockNumbering numbers, ImageWriter images)
    {
        switch (block)
        {
            case Heading heading:
                yield return Para(heading.Text, StyleHeading2);
                break;
            case DocParagraph paragraph:
                yield return Body(paragraph);
                break;
            case BulletList list:
                foreach (var item in list.Items)
                {
                    yield return ListItem(item, BulletListId);
                }

                break;
            case Note note:
                yield return Para(note.Text, note.Kind == NoteKind.Warning ? StyleWarning : StyleNote);
                break;
            case DocTable table:
                yield return Para(numbers.NextTable(labels, table.Caption), StyleCaption, keepWithNext: true);
                yield return TableOf(table.Validate());
                yield return new WordParagraph();
                break;
            case Figure figure:
                yield return images.Inline(figure);
                yield return Para(numbers.NextFigure(labels, figure.Caption), StyleCaption);
                break;
            default:
                throw new NotSupportedException($"Word renderer: no rule for block {block.GetType().Name}.");
        }
    }

    private static WordParagraph Body(DocParagraph paragraph)
    {
        var p = new WordParagraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = StyleBody } });
        if (paragraph.Lead is not null)
        {
            p.Append(new Run(new RunProperties { Bold = new Bold() }, Text(paragraph.Lead + " ")));
        }

        p.Append(new Run(Text(paragraph.Text)));
        return p;
    }

    private static WordParagraph Para(string text, string style, bool keepWithNext = false)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } };
        if (keepWithNext)
        {
            properties.KeepNext = new KeepNext();
        }

        return new WordParagraph(properties, new Run(Text(text)));
    }

    private static WordParagraph ListItem(string text, int numberingId) => new(
        new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = StyleBody },
            NumberingProperties = new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId }),
        },
        new Run(Text(text)));

    private static Text Text(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };
}
