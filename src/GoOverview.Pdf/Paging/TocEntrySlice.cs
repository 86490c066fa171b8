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
        var baseline = y + Title.Baseline;
        var from = Title.Left + Title.Width + 0.6f * Size;
        var to = numberLeft - 0.5f * Size;
        using var paint = new SKPaint { Color = DrawContext.ToSk(context.Theme.Muted), IsAntialias = true };
        var step = 0.5f * Size;
        for (var dot = to; dot >= from; dot -= step) context.Canvas.DrawCircle(x + dot, baseline - 0.08f * Size, 0.065f * Size, paint);
        var rect = new SKRect(x + Title.Left, y, x + Width - Indent, y + Height);
        context.Canvas.DrawLinkDestinationAnnotation(rect, Target.Destination);
    }
}
