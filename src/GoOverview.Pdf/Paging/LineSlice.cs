using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Pdf.Drawing;

namespace GoOverview.Pdf.Paging;

/// <summary>
/// One line of text. Optional: a list marker drawn in the hanging indent (aligned on the line's baseline), a
/// background band (code blocks) of BandWidth with extra padding above/below the line.
/// </summary>
internal sealed class LineSlice : Slice
{
    public required LaidLine Line { get; init; }
    public float PadTop { get; init; }
    public LaidLine? Marker { get; set; }
    public float MarkerX { get; set; }
    public RgbColor? Band { get; init; }
    public float BandWidth { get; init; }

    public override void Draw(DrawContext context, float x, float y)
    {
        if (Band is { } band) context.FillRect(x, y, BandWidth, Height, band);
        LineDrawer.Draw(context, Line, x, y + PadTop);
        if (Marker is { } marker)
        {
            var markerTop = y + PadTop + Line.Baseline - marker.Baseline;
            LineDrawer.Draw(context, marker, x + MarkerX, markerTop);
        }
    }
}

/// <summary>A horizontal rule (thematic break) centred in its height.</summary>
internal sealed class RuleSlice(float width, RgbColor color) : Slice
{
    public override void Draw(DrawContext context, float x, float y) =>
        context.StrokeLine(x + width * 0.3f, y + Height / 2, x + width * 0.7f, y + Height / 2, 0.8f, color);
}
