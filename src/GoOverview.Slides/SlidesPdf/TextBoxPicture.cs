using GoOverview.Layout;
using GoOverview.Rendering.Pdf;
using GoOverview.Slides.Planning;
using SkiaSharp;

namespace GoOverview.Slides.SlidesPdf;

/// <summary>
/// A slide text box drawn as a PNG with a transparent background, exactly as the slides PDF draws it: the picture a
/// .pptx shows in place of a text box with Office Math where a reader has no Office Math (PowerPoint's own fallback).
/// </summary>
internal sealed class TextBoxPicture(SlideTheme theme, ShapingFonts shaping) : IDisposable
{
    /// <summary>Pixels per point: 144 dpi, a 16:9 slide at full HD (1920 pixels across), as a projector shows it.</summary>
    private const float Scale = 2f;

    private readonly SkiaFontCache _fonts = new(shaping);
    private readonly TextEngine _engine = new(shaping);

    /// <returns>The picture, and where it lies: the box with a margin above, cut below the last line (less to store).</returns>
    public (byte[] Png, Box Box) Png(ContentSlide slide, IReadOnlyList<SlideParagraph> paragraphs, Box box)
    {
        // Room above and below the box: a formula may reach out of its line (an overbrace's label, tall limits).
        var margin = Math.Ceiling(slide.FontSize);
        var area = box with { Y = box.Y - margin, Height = box.Height + 2 * margin };
        var info = new SKImageInfo((int)Math.Ceiling(area.Width * Scale), (int)Math.Ceiling(area.Height * Scale), SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.Transparent);
        canvas.Scale(Scale);
        canvas.Translate(-(float)area.X, -(float)area.Y);
        var bottom = new SlidePainter(theme, _engine, new GlyphRunPainter(canvas, _fonts, _ => null)).DrawParagraphs(slide, paragraphs, box);
        var drawn = area with { Height = Math.Min(area.Height, Math.Ceiling(bottom + margin - area.Y)) };
        using var image = surface.Snapshot(new SKRectI(0, 0, info.Width, Math.Min(info.Height, (int)Math.Ceiling(drawn.Height * Scale))));
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return (png.ToArray(), drawn);
    }

    public void Dispose() => _fonts.Dispose();
}
