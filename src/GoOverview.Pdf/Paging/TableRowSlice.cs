using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Pdf.Drawing;

namespace GoOverview.Pdf.Paging;

/// <summary>One table row: cell paragraphs in their columns, every cell boxed, the header row shaded.</summary>
internal sealed class TableRowSlice : Slice
{
    public required float[] ColumnX { get; init; }
    public required float[] ColumnWidth { get; init; }
    public required ParagraphLayout[] Cells { get; init; }
    public required float Padding { get; init; }
    public RgbColor? Shade { get; init; }
    public RgbColor Border { get; init; }

    /// <summary>Per column: no border on its left (a cell spans into it from the left).</summary>
    public bool[]? JoinsLeft { get; init; }

    /// <summary>Per column: no border above or below it (a cell spans rows there).</summary>
    public bool[]? OpenAbove { get; init; }

    public bool[]? OpenBelow { get; init; }

    public override void Draw(DrawContext context, float x, float y)
    {
        var total = ColumnX[^1] + ColumnWidth[^1];
        if (Shade is { } shade) context.FillRect(x, y, total, Height, shade);
        for (var c = 0; c < Cells.Length; c++)
        {
            var cellTop = y + Padding;
            foreach (var line in Cells[c].Lines)
                LineDrawer.Draw(context, line, x + ColumnX[c] + Padding, cellTop + line.Top);
        }
        const float w = 0.6f;
        if (JoinsLeft is null && OpenAbove is null && OpenBelow is null)
        {
            context.StrokeLine(x, y, x + total, y, w, Border);
            context.StrokeLine(x, y + Height, x + total, y + Height, w, Border);
        }
        else
        {
            for (var c = 0; c < ColumnX.Length; c++)
            {
                var left = x + ColumnX[c];
                var right = left + ColumnWidth[c];
                if (OpenAbove is not { } above || !above[c]) context.StrokeLine(left, y, right, y, w, Border);
                if (OpenBelow is not { } below || !below[c]) context.StrokeLine(left, y + Height, right, y + Height, w, Border);
            }
        }
        for (var c = 0; c < ColumnX.Length; c++)
            if (JoinsLeft is not { } joins || !joins[c]) context.StrokeLine(x + ColumnX[c], y, x + ColumnX[c], y + Height, w, Border);
        context.StrokeLine(x + total, y, x + total, y + Height, w, Border);
    }
}
