using GoOverview.Pdf.Drawing;

namespace GoOverview.Pdf.Paging;

/// <summary>A heading as the TOC, running header and bookmarks see it.</summary>
internal sealed record HeadingMark(int Level, string Title, string Destination);

/// <summary>
/// An unbreakable piece of the vertical flow (a line, a table row, an image): the unit page breaking works on.
/// KeepWithNext forbids a page break after it (headings, orphan/widow lines, table header). SpaceBefore is dropped
/// at the top of a page. Indent is the x offset from the content box's left edge.
/// </summary>
internal abstract class Slice
{
    public float Height { get; init; }
    public float SpaceBefore { get; set; }
    public bool KeepWithNext { get; set; }
    public float Indent { get; init; }
    /// <summary>Set on the first slice of a heading.</summary>
    public HeadingMark? Heading { get; set; }
    /// <summary>Named destinations that point at this slice's top (heading ids, footnote ids).</summary>
    public List<string>? Anchors { get; set; }
    /// <summary>Table rows: the header row to repeat when a page break falls before this row.</summary>
    public Slice? RepeatHeader { get; init; }
    /// <summary>Footnotes referenced on this slice: set at the foot of the page this slice lands on.</summary>
    public List<FootnoteBody>? Notes { get; set; }
    /// <summary>X offsets (from the content left) of block-quote bars drawn beside this slice.</summary>
    public float[] QuoteBars { get; init; } = [];
    /// <summary>Callout boxes drawn behind this slice, outermost first (null: none).</summary>
    public BoxDecoration[]? Boxes { get; set; }

    public abstract void Draw(DrawContext context, float x, float y);

    public void AddAnchor(string name) => (Anchors ??= new List<string>()).Add(name);
}
