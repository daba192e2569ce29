using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ShopSmart.Reporting.Document;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ShopSmart.Reporting.Renderers;

/// <summary>Figures: each PNG becomes an image part and an inline DrawingML picture, scaled to fit the text width.</summary>
public sealed partial class DocxRenderer
{
    private const long EmuPerPixel = 9525; // at 96 pixels per inch

    private sealed class ImageWriter(MainDocumentPart main)
    {
        private uint _count;

        public DocumentFormat.OpenXml.Wordprocessing.Paragraph Inline(Figure figure)
        {
            var id = ++_count;
            var part = main.AddImagePart(ImagePartType.Png);
            using (var stream = new MemoryStream(figure.Png, writable: false))
            {
                part.FeedData(stream);
            }

            var width = figure.Width * EmuPerPixel;
            var height = figure.Height * EmuPerPixel;
            if (width > TextWidthEmu)
            {
                height = height * TextWidthEmu / width;
                width = TextWidthEmu;
            }

            var name = $"figure{id}.png";
            var inline = new DW.Inline(
                new DW.Extent { Cx = width, Cy = height },
                new DW.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
                new DW.DocProperties { Id = id, Name = name, Description = figure.AltText },
                new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
                new A.Graphic(new A.GraphicData(
                    new PIC.Picture(
                        new PIC.NonVisualPictureProperties(
                            new PIC.NonVisualDrawingProperties { Id = id, Name = name, Description = figure.AltText },
                            new PIC.NonVisualPictureDrawingProperties()),
                        new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                        new PIC.ShapeProperties(
                            new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = width, Cy = height }),
                            new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
                {
                    Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture",
                }))
            {
                DistanceFromTop = 0,
                DistanceFromBottom = 0,
                DistanceFromLeft = 0,
                DistanceFromRight = 0,
            };

            return new DocumentFormat.OpenXml.Wordprocessing.Paragraph(
                new ParagraphProperties
                {
                    KeepNext = new KeepNext(),
                    Justification = new Justification { Val = JustificationValues.Center },
                },
                new Run(new Drawing(inline)));
        }
    }
}
