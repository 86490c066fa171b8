using GoOverview.Fonts;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Pdf.Drawing;
using GoOverview.Rendering.Pdf;
using SkiaSharp;

namespace GoOverview.Pdf.Paging;

/// <summary>
/// One laid line of a code block on its background band. The marks around the code — the line number, the ↪ of a
/// wrapped line's continuation and the language label — are drawn as outlines, not text, so copying the code out of
/// the PDF gives exactly the source characters.
/// </summary>
internal sealed class CodeLineSlice : Slice
{
    public required LaidLine Line { get; init; }
    public float PadTop { get; init; }
    public required RgbColor Band { get; init; }
    public float BandWidth { get; init; }
    /// <summary>Where the code starts: the line number gutter is left of it.</summary>
    public float CodeLeft { get; init; }
    /// <summary>How far continuation lines hang in; the line's glyphs are set from -HangIndent (first lines) or 0.</summary>
    public float HangIndent { get; init; }
    public bool IsContinuation { get; init; }
    public string? Number { get; init; }
    public string? Label { get; init; }
    public required FontFile MarkFont { get; init; }
    public float MarkSize { get; init; }
    /// <summary>A list item's marker when the item starts with this code block (drawn on the first line's baseline).</summary>
    public LaidLine? Marker { get; set; }
    public float MarkerX { get; set; }
    public RgbColor MarkColor { get; init; }

    public override void Draw(DrawContext context, float x, float y)
    {
        context.FillRect(x, y, BandWidth, Height, Band);
        var baseline = y + PadTop + Line.Baseline;
        var font = context.Fonts.Get(MarkFont, MarkSize);
        if (Number is { } number)
        {
            var width = font.MeasureText(number);
            Outline(context, font, number, x + CodeLeft - 0.8f * MarkSize - width, baseline);
        }
        if (IsContinuation) DrawContinuationArrow(context, x + CodeLeft, baseline);
        if (Label is { } label)
        {
            var width = font.MeasureText(label);
            Outline(context, font, label, x + BandWidth - 0.6f * MarkSize - width, y + 1.05f * MarkSize);
        }
        LineDrawer.Draw(context, Line, x + CodeLeft + HangIndent, y + PadTop);
        if (Marker is { } marker) LineDrawer.Draw(context, marker, x + MarkerX, baseline - marker.Baseline);
    }

    private void Outline(DrawContext context, SKFont font, string text, float x, float baseline)
    {
        using var path = font.GetTextPath(text, new SKPoint(x, baseline));
        using var paint = new SKPaint { Color = SkiaColor.From(MarkColor), IsAntialias = true, Style = SKPaintStyle.Fill };
        context.Canvas.DrawPath(path, paint);
    }

    /// <summary>A small hooked arrow (↪) in the hanging indent: this line continues the one above.</summary>
    private void DrawContinuationArrow(DrawContext context, float left, float baseline)
    {
        var s = MarkSize;
        var x0 = left + 0.25f * s;
        var x1 = left + 1.05f * s;
        var yTop = baseline - 0.75f * s;
        var yArrow = baseline - 0.3f * s;
        using var paint = new SKPaint { Color = SkiaColor.From(MarkColor), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 0.09f * s, StrokeCap = SKStrokeCap.Round, StrokeJoin = SKStrokeJoin.Round };
        var canvas = context.Canvas;
        canvas.DrawLine(x0, yTop, x0, yArrow, paint);
        canvas.DrawLine(x0, yArrow, x1, yArrow, paint);
        canvas.DrawLine(x1 - 0.28f * s, yArrow - 0.25f * s, x1, yArrow, paint);
        canvas.DrawLine(x1 - 0.28f * s, yArrow + 0.25f * s, x1, yArrow, paint);
    }
}
