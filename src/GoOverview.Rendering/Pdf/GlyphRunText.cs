using System.Text;
using GoOverview.Layout;
using SkiaSharp;

namespace GoOverview.Rendering.Pdf;

/// <summary>
/// The one way GoOverview puts text into a PDF: a shaped run as a raw positioned text blob carrying the glyph ids,
/// their positions, the UTF-8 text and the cluster offsets. Only such runs copy and search exactly in PDF readers
/// (glyph-only runs and DrawText(string) gave 一→⼀ and lost characters; see PDF-NOTES.md).
/// </summary>
public static class GlyphRunText
{
    public static void Draw(SKCanvas canvas, SKFont font, GlyphRun run, float x, float baseline, SKColor color)
    {
        if (run.Glyphs.Length == 0) return;
        var text = Encoding.UTF8.GetBytes(run.Text);
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocateRawPositionedTextRun(font, run.Glyphs.Length, text.Length);
        run.Glyphs.CopyTo(buffer.Glyphs);
        var positions = buffer.Positions;
        for (var i = 0; i < run.Glyphs.Length; i++) positions[i] = new SKPoint(x + run.X[i], baseline - run.Y[i]);
        text.CopyTo(buffer.Text);
        run.Clusters.CopyTo(buffer.Clusters);
        using var blob = builder.Build();
        if (blob is null) return;
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(blob, 0, 0, paint);
    }
}
