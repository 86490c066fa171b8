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
        var positions = new SKPoint[run.Glyphs.Length];
        for (var i = 0; i < run.Glyphs.Length; i++) positions[i] = new SKPoint(x + run.X[i], baseline - run.Y[i]);
        Draw(canvas, font, run.Glyphs, positions, run.Text, run.Clusters, color);
    }

    /// <summary>Glyphs at absolute positions with the text they stand for; Clusters are UTF-8 offsets into Text per glyph.</summary>
    public static void Draw(SKCanvas canvas, SKFont font, ReadOnlySpan<ushort> glyphs, ReadOnlySpan<SKPoint> positions, string text, ReadOnlySpan<uint> clusters, SKColor color)
    {
        if (glyphs.Length == 0) return;
        var utf8 = Encoding.UTF8.GetBytes(text);
        using var builder = new SKTextBlobBuilder();
        var buffer = builder.AllocateRawPositionedTextRun(font, glyphs.Length, utf8.Length);
        glyphs.CopyTo(buffer.Glyphs);
        positions.CopyTo(buffer.Positions);
        utf8.CopyTo(buffer.Text);
        clusters.CopyTo(buffer.Clusters);
        using var blob = builder.Build();
        if (blob is null) return;
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(blob, 0, 0, paint);
    }
}
