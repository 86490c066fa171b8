using GoOverview.Model.Links;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Rendering.Pdf;
using SkiaSharp;

namespace GoOverview.Slides.SlidesPdf;

/// <summary>
/// Draws laid-out lines on a slide page: each glyph run through the shared <see cref="GlyphRunText"/> (exact
/// copy/search text), then underlines and strike-outs, then a link annotation over every linked stretch.
/// </summary>
internal sealed class GlyphRunPainter(SKCanvas canvas, SkiaFontCache fonts, Func<string, string?> internalTarget)
{
    public void DrawLine(LaidLine line, float x, float baseline)
    {
        foreach (var run in line.Runs)
        {
            DrawRun(run, x, baseline);
            DrawDecorations(run, x, baseline);
        }
        DrawLinks(line, x, baseline);
    }

    private void DrawRun(GlyphRun run, float x, float baseline)
    {
        if (run.Box?.Tag is GoOverview.Layout.Equations.EquationBox equation)
        {
            EquationPainter.Paint(canvas, fonts, equation, x + run.Left, baseline - run.Rise, SkiaColor.From(run.Color));
            return;
        }
        GlyphRunText.Draw(canvas, fonts.Get(run.Font, run.Size), run, x, baseline, SkiaColor.From(run.Color));
    }

    private void DrawDecorations(GlyphRun run, float x, float baseline)
    {
        if (run.Decorations == TextDecorations.None) return;
        using var paint = new SKPaint { Color = SkiaColor.From(run.Color), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = Math.Max(0.6f, run.Size * 0.06f) };
        var y = baseline - run.Rise;
        if (run.Decorations.HasFlag(TextDecorations.Underline))
            canvas.DrawLine(x + run.Left, y + run.Size * 0.14f, x + run.Right, y + run.Size * 0.14f, paint);
        if (run.Decorations.HasFlag(TextDecorations.Strikethrough))
            canvas.DrawLine(x + run.Left, y - run.Size * 0.3f, x + run.Right, y - run.Size * 0.3f, paint);
    }

    /// <summary>One annotation per stretch of neighbouring runs with the same link: a URI, or a jump to the slide showing "#id".</summary>
    private void DrawLinks(LaidLine line, float x, float baseline)
    {
        var i = 0;
        while (i < line.Runs.Count)
        {
            var link = line.Runs[i].Link;
            if (link is null) { i++; continue; }
            var (left, right, size) = (line.Runs[i].Left, line.Runs[i].Right, line.Runs[i].Size);
            var j = i + 1;
            for (; j < line.Runs.Count && line.Runs[j].Link == link; j++)
            {
                right = line.Runs[j].Right;
                size = Math.Max(size, line.Runs[j].Size);
            }
            var rect = new SKRect(x + left, baseline - size, x + right, baseline + 0.3f * size);
            if (link.StartsWith('#'))
            {
                if (internalTarget(link[1..]) is { } destination) canvas.DrawLinkDestinationAnnotation(rect, destination);
            }
            else if (LinkPolicy.Classify(link) is (LinkKind.External, var href) && Uri.TryCreate(href, UriKind.Absolute, out var uri))
            {
                canvas.DrawUrlAnnotation(rect, uri.AbsoluteUri);
            }
            i = j;
        }
    }

}
