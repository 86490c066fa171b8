using GoOverview.Model;
using GoOverview.Pdf.Drawing;

namespace GoOverview.Pdf.Paging;

/// <summary>
/// A callout's tinted box with a coloured rule on its left, drawn behind every slice of the callout. X and Width
/// are relative to the content box. Where a page break cuts the box, each part gets Padding of tint beyond the
/// cut, so the text never touches the box's edge.
/// </summary>
internal sealed class BoxDecoration(float x, float width, RgbColor rule, RgbColor tint, float padding)
{
    public const float RuleWidth = 3f;

    public float Padding { get; } = padding;

    /// <summary>Draws this box's part beside one placed slice (top/bottom extended into the gap to its neighbours).</summary>
    public void Draw(DrawContext context, float contentLeft, float top, float bottom, bool continuesAbove, bool continuesBelow, bool isPadding)
    {
        if (!continuesAbove && !isPadding) top -= Padding;
        if (!continuesBelow && !isPadding) bottom += Padding;
        context.FillRect(contentLeft + x, top, width, bottom - top, tint);
        context.FillRect(contentLeft + x, top, RuleWidth, bottom - top, rule);
    }
}

/// <summary>Empty space inside a box (its top and bottom padding); draws nothing itself.</summary>
internal sealed class PaddingSlice : Slice
{
    public override void Draw(DrawContext context, float x, float y) { }
}

internal enum FlowBreakKind
{
    Page,
    TableOfContents,
}

/// <summary>Not drawn: a forced page break, or where the table of contents goes (also a page break).</summary>
internal sealed class FlowBreakSlice(FlowBreakKind kind) : Slice
{
    public FlowBreakKind Kind { get; } = kind;

    public override void Draw(DrawContext context, float x, float y) { }
}
