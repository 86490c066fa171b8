using GoOverview.Rendering.Pdf;
using System.Text;
using GoOverview.Layout;
using SkiaSharp;

namespace GoOverview.Pdf.Drawing;

/// <summary>
/// Draws laid-out lines: each glyph run as a raw positioned text blob carrying glyph ids, positions, the UTF-8
/// text and clusters (so the PDF text copies exactly), then backgrounds, decorations and link annotations.
/// </summary>
internal static class LineDrawer
{
    /// <summary>Draws a line whose top-left is at (x, y) on the page.</summary>
    public static void Draw(DrawContext ctx, LaidLine line, float x, float y)
    {
        var baseline = y + line.Baseline;
        foreach (var run in line.Runs)
            if (run.Background is { } bg)
                ctx.FillRect(x + run.Left - 1, baseline - 0.9f * run.Size, run.Right - run.Left + 2, 1.15f * run.Size, bg);
        foreach (var run in line.Runs)
        {
            DrawRun(ctx, run, x, baseline);
            DrawDecorations(ctx, run, x, baseline);
        }
        DrawLinks(ctx, line, x, baseline);
    }

    public static void DrawRun(DrawContext ctx, GlyphRun run, float x, float baseline)
    {
        if (run.Box is { } box)
        {
            if (box.Tag is GoOverview.Layout.Equations.EquationBox equation)
                EquationPainter.Paint(ctx.Canvas, ctx.Fonts, equation, x + run.Left, baseline - run.Rise, SkiaColor.From(run.Color));
            if (box.Tag is Flow.LoadedImage image)
            {
                var top = baseline - run.Rise - (box.Height - box.DescentBelow);
                var bearing = Flow.FlowBuilder.InlineImageSideBearing * run.Size;
                Paging.ImageSlice.Paint(ctx, image.Raster, image.Vector,
                    new SKRect(x + run.Left + bearing, top, x + run.Left + box.Width - bearing, top + box.Height));
            }
            return;
        }
        GlyphRunText.Draw(ctx.Canvas, ctx.Fonts.Get(run.Font, run.Size), run, x, baseline, SkiaColor.From(run.Color));
    }

    private static void DrawDecorations(DrawContext ctx, GlyphRun run, float x, float baseline)
    {
        if (run.Decorations == TextDecorations.None) return;
        var thickness = Math.Max(0.5f, run.Size * 0.06f);
        var y0 = baseline - run.Rise;
        if (run.Decorations.HasFlag(TextDecorations.Underline))
            ctx.StrokeLine(x + run.Left, y0 + run.Size * 0.14f, x + run.Right, y0 + run.Size * 0.14f, thickness, run.Color);
        if (run.Decorations.HasFlag(TextDecorations.Strikethrough))
            ctx.StrokeLine(x + run.Left, y0 - run.Size * 0.3f, x + run.Right, y0 - run.Size * 0.3f, thickness, run.Color);
        if (run.Decorations.HasFlag(TextDecorations.EmphasisDots))
        {
            using var paint = new SKPaint { Color = SkiaColor.From(run.Color), IsAntialias = true };
            var chars = run.Text;
            for (var g = 0; g < run.Glyphs.Length; g++)
            {
                var cp = CodePointAtUtf8(chars, (int)run.Clusters[g]);
                if (!char.IsLetterOrDigit((char)Math.Min(cp, 0xFFFF)) && cp < 0x10000) continue;
                var width = g + 1 < run.X.Length ? run.X[g + 1] - run.X[g] : run.Right - run.X[g];
                ctx.Canvas.DrawCircle(x + run.X[g] + width / 2, y0 + run.Size * 0.3f, run.Size * 0.07f, paint);
            }
        }
    }

    private static int CodePointAtUtf8(string text, int utf8Offset)
    {
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (bytes >= utf8Offset) return char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? char.ConvertToUtf32(text[i], text[i + 1]) : text[i];
            bytes += Encoding.UTF8.GetByteCount(text.AsSpan(i, char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1));
            if (char.IsHighSurrogate(text[i])) i++;
        }
        return ' ';
    }

    private static void DrawLinks(DrawContext ctx, LaidLine line, float x, float baseline)
    {
        var i = 0;
        while (i < line.Runs.Count)
        {
            var link = line.Runs[i].Link;
            if (link is null) { i++; continue; }
            var left = line.Runs[i].Left;
            var right = line.Runs[i].Right;
            var size = line.Runs[i].Size;
            var j = i + 1;
            while (j < line.Runs.Count && line.Runs[j].Link == link)
            {
                right = line.Runs[j].Right;
                size = Math.Max(size, line.Runs[j].Size);
                j++;
            }
            var rect = new SKRect(x + left, baseline - 0.95f * size, x + right, baseline + 0.25f * size);
            Annotate(ctx, rect, link);
            i = j;
        }
    }

    public static void Annotate(DrawContext ctx, SKRect rect, string link)
    {
        if (link.StartsWith('#'))
        {
            var name = ctx.Links.Resolve(link[1..]);
            if (name is not null) ctx.Canvas.DrawLinkDestinationAnnotation(rect, name);
        }
        else if (link.Length > 0)
        {
            ctx.Canvas.DrawUrlAnnotation(rect, link);
        }
    }
}
