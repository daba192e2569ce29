using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ShopSmart.Reporting.Renderers;

/// <summary>The document's styles and list definitions.</summary>
public sealed partial class DocxRenderer
{
    private const string StyleBody = "Normal";
    private const string StyleTitle = "Title";
    private const string StyleSubtitle = "Subtitle";
    private const string StyleHeading1 = "Heading1";
    private const string StyleHeading2 = "Heading2";
    private const string StyleCaption = "Caption";
    private const string StyleNote = "Note";
    private const string StyleWarning = "Warning";
    private const int BulletListId = 1;
    private const string Font = "Calibri";

    private static void AddStyles(MainDocumentPart main, string languageTag)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "21" },
                    new FontSizeComplexScript { Val = "21" },
                    new Languages { Val = languageTag })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "120", Line = "276", LineRule = LineSpacingRuleValues.Auto }))),
            ParagraphStyle(StyleBody, "Normal", isDefault: true),
            ParagraphStyle(StyleTitle, "Title", runProperties: Run(bold: true, size: 48, color: "1F2328"), spacingAfter: 60),
            ParagraphStyle(StyleSubtitle, "Subtitle", runProperties: Run(italic: true, size: 24, color: "57606A"), spacingAfter: 360),
            ParagraphStyle(StyleHeading1, "heading 1", runProperties: Run(bold: true, size: 32, color: "1F4E79"), spacingBefore: 240, keepNext: true, outline: 0),
            ParagraphStyle(StyleHeading2, "heading 2", runProperties: Run(bold: true, size: 26, color: "1F4E79"), spacingBefore: 200, keepNext: true, outline: 1),
            ParagraphStyle(StyleCaption, "caption", runProperties: Run(italic: true, size: 18, color: "57606A"), spacingAfter: 200),
            ParagraphStyle(StyleNote, "Note", shading: "EEF5FD", border: "0969DA"),
            ParagraphStyle(StyleWarning, "Warning", shading: "FFF8E5", border: "BF8700"));
        part.Styles.Save();
    }

    private static Style ParagraphStyle(
        string id, string name, bool isDefault = false, StyleRunProperties? runProperties = null, int? spacingBefore = null,
        int? spacingAfter = null, bool keepNext = false, int? outline = null, string? shading = null, string? border = null)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (!isDefault)
        {
            style.Append(new BasedOn { Val = StyleBody });
            style.Append(new NextParagraphStyle { Val = StyleBody });
        }

        style.Append(new PrimaryStyle());
        var paragraph = new StyleParagraphProperties();
        if (keepNext)
        {
            paragraph.KeepNext = new KeepNext();
        }

        if (border is not null)
        {
            paragraph.ParagraphBorders = new ParagraphBorders(
                new LeftBorder { Val = BorderValues.Single, Size = 24, Space = 6, Color = border });
        }

        if (shading is not null)
        {
            paragraph.Shading = new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = shading };
        }

        if (spacingBefore is not null || spacingAfter is not null)
        {
            // An attribute set to null is written empty, which the schema forbids: set only what is given.
            var spacing = new SpacingBetweenLines();
            if (spacingBefore is not null)
            {
                spacing.Before = spacingBefore.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (spacingAfter is not null)
            {
                spacing.After = spacingAfter.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            paragraph.SpacingBetweenLines = spacing;
        }

        if (outline is not null)
        {
            paragraph.OutlineLevel = new OutlineLevel { Val = outline };
        }

        if (paragraph.HasChildren)
        {
            style.Append(paragraph);
        }

        if (runProperties is not null)
        {
            style.Append(runProperties);
        }

        return style;
    }

    private static StyleRunProperties Run(bool bold = false, bool italic = false, int? size = null, string? color = null)
    {
        var run = new StyleRunProperties();
        if (bold)
        {
            run.Bold = new Bold();
        }

        if (italic)
        {
            run.Italic = new Italic();
        }

        if (color is not null)
        {
            run.Color = new Color { Val = color };
        }

        if (size is not null)
        {
            var half = size.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
            run.FontSize = new FontSize { Val = half };
            run.FontSizeComplexScript = new FontSizeComplexScript { Val = half };
        }

        return run;
    }

    // One list definition: bullets, for list blocks.
    private static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            AbstractList(0, NumberFormatValues.Bullet, "•"),
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletListId });
        part.Numbering.Save();
    }

    private static AbstractNum AbstractList(int id, NumberFormatValues format, string text) => new(
        new MultiLevelType { Val = MultiLevelValues.SingleLevel },
        new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
        { LevelIndex = 0 })
    {
        AbstractNumberId = id,
    };
}
