using GoOverview.Layout.Equations;
using SkiaSharp;

namespace GoOverview.Rendering.Pdf;

/// <summary>
/// Draws a typeset formula: its glyphs as text runs (one per font and size) and its rules. The first run carries the
/// formula's linear text, the others a space, so a PDF reader copies "∑_(i=1)^n i = (n(n+1))/2" once and in order
/// instead of the glyphs' pieces.
/// </summary>
public static class EquationPainter
{
    public static void Paint(SKCanvas canvas, SkiaFontCache fonts, EquationBox equation, float x, float baseline, SKColor color)
    {
        var glyphs = equation.Glyphs;
        var first = true;
        for (var start = 0; start < glyphs.Count;)
        {
            var end = start + 1;
            while (end < glyphs.Count && glyphs[end].Font == glyphs[start].Font && glyphs[end].Size == glyphs[start].Size) end++;
            var ids = new ushort[end - start];
            var positions = new SKPoint[end - start];
            for (var i = start; i < end; i++)
            {
                ids[i - start] = glyphs[i].Glyph;
                positions[i - start] = new SKPoint(x + glyphs[i].X, baseline - glyphs[i].Y);
            }
            var text = first && equation.Text.Length > 0 ? equation.Text : " ";
            GlyphRunText.Draw(canvas, fonts.Get(glyphs[start].Font, glyphs[start].Size), ids, positions, text, new uint[ids.Length], color);
            first = false;
            start = end;
        }
        using var paint = new SKPaint { Color = color, IsAntialias = true, Style = SKPaintStyle.Fill };
        foreach (var rule in equation.Rules)
            canvas.DrawRect(SKRect.Create(x + rule.X, baseline - rule.Bottom - rule.Height, rule.Width, System.Math.Max(rule.Height, 0.4f)), paint);
    }
}
