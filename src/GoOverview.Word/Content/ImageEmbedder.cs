using GoOverview.Export.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;
using GoOverview.Word.Package;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace GoOverview.Word.Content;

/// <summary>Embeds images (from the shared image service: SVG and WebP arrive as PNG) as inline drawings at their natural
/// size (96 dpi), shrunk to the text width, with alt text.</summary>
internal sealed class ImageEmbedder(WordBuild build)
{
    private const long EmuPerPixel = 9525;
    private readonly Dictionary<(OpcPart Part, string Url), string> _relIdByImage = new();
    private uint _nextDrawingId = 1;

    /// <summary>A run holding the drawing, or null when the image cannot be loaded (a diagnostic was reported).</summary>
    public Run? CreateRun(Model.Image image, OpcPart part, SourceLocation? where)
    {
        var asset = build.Context.Images.Get(image.Url, where);
        if (asset is null) return null;
        var (bytes, mediaType, widthPx, heightPx) = asset.Portable();
        if (!_relIdByImage.TryGetValue((part, image.Url), out var relId))
        {
            var (extension, contentType) = PartFormat(mediaType);
            var imagePart = build.Package.AddNumbered("/word/media/image{0}." + extension, contentType);
            imagePart.Data = bytes;
            relId = part.Relate(RelationshipTypes.Image, imagePart);
            _relIdByImage[(part, image.Url)] = relId;
        }
        long cx = widthPx * EmuPerPixel, cy = heightPx * EmuPerPixel;
        if (cx > build.TextWidthEmu)
        {
            cy = cy * build.TextWidthEmu / cx;
            cx = build.TextWidthEmu;
        }
        var alt = build.Clean(image.Alt.Length > 0 ? image.Alt : image.Title, where);
        return new Run(new Drawing(Inline(relId, cx, cy, alt, _nextDrawingId++)));
    }

    private static (string Extension, string ContentType) PartFormat(string mediaType) => mediaType switch
    {
        "image/jpeg" => ("jpeg", "image/jpeg"),
        "image/gif" => ("gif", "image/gif"),
        _ => ("png", "image/png"),
    };

    private static Dw.Inline Inline(string relId, long cx, long cy, string alt, uint id)
    {
        var name = "Picture " + id;
        return new Dw.Inline(
            new Dw.Extent { Cx = cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new Dw.DocProperties { Id = id, Name = name, Description = alt },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(
                        new Pic.NonVisualDrawingProperties { Id = 0U, Name = name, Description = alt },
                        new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(
                        new A.Blip { Embed = relId },
                        new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
    }
}
