using GoOverview.Model;
using SkiaSharp;

namespace GoOverview.Rendering.Pdf;

/// <summary>The document information every GoOverview PDF carries (handout and slides alike), dated by the build timestamp.</summary>
public static class PdfInfo
{
    public static SKDocumentPdfMetadata For(Metadata meta, string title, string subject, DateTimeOffset timestamp) => new()
    {
        Title = title,
        Author = meta.AuthorLine,
        Subject = subject,
        Keywords = string.Join(", ", meta.Keywords),
        Creator = "GoOverview",
        Producer = "GoOverview (SkiaSharp PDF, HarfBuzz)",
        Creation = timestamp.UtcDateTime,
        Modified = timestamp.UtcDateTime,
        RasterDpi = 150,
        // Above 100 Skia keeps images lossless: PNG, GIF and WebP pixels go in Flate-compressed; JPEG data is
        // passed through as DCT either way. Screenshots and diagrams stay sharp, photos stay small.
        EncodingQuality = 101,
    };
}
