using System.Globalization;
using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Pdf.Drawing;
using SkiaSharp;

namespace GoOverview.Pdf.Paging;

/// <summary>Page numbers of headings (by destination), known after page breaking — the second pass reads them.</summary>
internal sealed class PageNumbers
{
    public Dictionary<string, int> ByDestination { get; } = new(StringComparer.Ordinal);
}

/// <summary>A TOC entry: the heading title, dot leaders, the page number right-aligned; the whole line links to the heading.</summary>
internal sealed class TocEntrySlice : Slice
{
    public required LaidLine Title { get; init; }
    public required HeadingMark Target { get; init; }
    public required float Width { get; init; }
    public required TextEngine Engine { get; init; }
    public required PageNumbers Pages { get; init; }
    public required float Size { get; init; }
    public required RgbColor Color { get; init; }
    public bool Bold { get; init; }
    /// <summary>A laid-out "." in the leader's colour and size, cloned along the leader.</summary>
    public GlyphRun? Leader { get; init; }

    public override void Draw(DrawContext context, float x, float y)
    {
        LineDrawer.Draw(context, Title, x, y);
        var number = Pages.ByDestination.TryGetValue(Target.Destination, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "";
        var numberLine = Engine.Layout([new StyledRun(number, Bold ? FaceKind.Bold : FaceKind.Regular, Size, Color)], Width - Indent,
            new ParagraphOptions(TextAlignment.Right, Title.Height / Size)).Lines.FirstOrDefault();
        var numberLeft = Width - Indent;
        if (numberLine is not null)
        {
            LineDrawer.Draw(context, numberLine, x, y + Title.Baseline - numberLine.Baseline);
            numberLeft = numberLine.Left;
        }
        // Leader dots sit on a grid measured from the right edge, so they line up from entry to entry; they are
        // text (a run of '.'), which keeps the page content small and copies as a TOC normally does.
        var step = 0.55f * Size;
        var gridRight = x - Indent + Width - 2.4f * Size;
        var from = x + Title.Left + Title.Width + 0.5f * Size;
        var count = gridRight >= from ? (int)((gridRight - from) / step) + 1 : 0;
        if (count > 0 && Leader is not null)
        {
            var glyphs = new ushort[count];
            var xs = new float[count];
            var clusters = new uint[count];
            for (var i = 0; i < count; i++)
            {
                glyphs[i] = Leader.Glyphs[0];
                xs[i] = gridRight - (count - 1 - i) * step - x;
                clusters[i] = (uint)i;
            }
            var run = Leader with
            {
                Glyphs = glyphs,
                X = xs,
                Y = new float[count],
                Text = new string('.', count),
                Clusters = clusters,
                Left = xs[0],
                Right = xs[^1] + step,
            };
            LineDrawer.DrawRun(context, run, x, y + Title.Baseline);
        }
        var rect = new SKRect(x + Title.Left, y, x + Width - Indent, y + Height);
        context.Canvas.DrawLinkDestinationAnnotation(rect, Target.Destination);
    }
}
