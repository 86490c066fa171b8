using GoOverview.Formulas.Tree;

namespace GoOverview.Layout.Equations;

public sealed partial class EquationLayouter
{
    private MathBox Table(MathTable table, MathStyle style)
    {
        var size = Size(style);
        var cellStyle = table.Kind is MathTableKind.Aligned or MathTableKind.Gathered && style.IsDisplay ? MathStyle.Display : style.Level >= 2 ? style : MathStyle.Text;
        var columns = table.ColumnCount;
        var cells = new List<MathBox[]>();
        foreach (var row in table.Rows)
        {
            var boxes = new MathBox[columns];
            for (var c = 0; c < columns; c++)
            {
                var content = c < row.Length ? row[c] : MathRow.Empty;
                var continues = table.Kind == MathTableKind.Aligned && c % 2 == 1;
                boxes[c] = Row(content is MathRow r ? r.Items : [content], cellStyle, leadingOperand: continues);
            }
            cells.Add(boxes);
        }

        var widths = new float[columns];
        foreach (var row in cells)
            for (var c = 0; c < columns; c++) widths[c] = System.Math.Max(widths[c], row[c].Width);
        float GapAfter(int column) => table.Kind switch
        {
            MathTableKind.Aligned => column % 2 == 0 ? 0 : 1.5f * size,
            _ => 1f * size,
        };

        // Rows at least a strut high (0.7 em above, 0.3 em below), with TeX's \jot between aligned rows.
        var rowGap = table.Kind is MathTableKind.Aligned or MathTableKind.Gathered ? 0.3f * size : 0.2f * size;
        var ascents = cells.Select(row => System.Math.Max(0.75f * size, row.Max(b => b.Ascent))).ToArray();
        var descents = cells.Select(row => System.Math.Max(0.3f * size, row.Max(b => b.Descent))).ToArray();
        var height = ascents.Sum() + descents.Sum() + rowGap * System.Math.Max(0, cells.Count - 1);

        var box = new MathBox { Class = SpacingClass.Ord };
        var top = height / 2;
        for (var r = 0; r < cells.Count; r++)
        {
            var baseline = top - ascents[r];
            var x = 0f;
            for (var c = 0; c < columns; c++)
            {
                var cell = cells[r][c];
                var offset = table.AlignOf(c) switch
                {
                    MathColumnAlign.Left => 0,
                    MathColumnAlign.Right => widths[c] - cell.Width,
                    _ => (widths[c] - cell.Width) / 2,
                };
                box.Place(cell, x + offset, baseline);
                x += widths[c] + (c < columns - 1 ? GapAfter(c) : 0);
            }
            box.Width = System.Math.Max(box.Width, x);
            top = baseline - descents[r] - rowGap;
        }
        box.Ascent = System.Math.Max(box.Ascent, height / 2);
        box.Descent = System.Math.Max(box.Descent, height / 2);
        return CenterOnAxis(box, size);
    }
}
