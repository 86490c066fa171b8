using GoOverview.Layout;
using GoOverview.Model;
using GoOverview.Pdf.Paging;
using GoOverview.Pdf.Theme;

namespace GoOverview.Pdf.Flow;

/// <summary>
/// GFM table → row slices. Column widths follow the automatic table algorithm: each column gets at least its
/// widest unbreakable piece, the rest of the width is shared by how much more each column would like. The header
/// row is shaded, keeps with the first body row, and is repeated on every page the table continues on. A row
/// taller than a page is cut between lines into several row slices, so its cells continue on the next page.
/// </summary>
internal sealed class TableBuilder(TextEngine engine, PdfTheme theme, InlineRuns inlines)
{
    /// <summary>The tallest slice a page holds (the content height); rows taller than that (with the header) are cut.</summary>
    public float MaxHeight { get; set; } = float.MaxValue;

    public List<Slice> Build(Table table, Frame frame)
    {
        var columns = table.Alignments.Length;
        if (columns == 0) return new List<Slice>();
        var pad = 0.45f * theme.TableSize;
        var header = Runs(table.Header, bold: true);
        var body = table.Rows.Select(r => Runs(r, bold: false)).ToList();
        var measured = table.HasHeader ? [(table.Header, header), .. table.Rows.Zip(body)] : table.Rows.Zip(body).ToList();
        var widths = ColumnWidths(columns, measured, frame.Width, pad);
        var xs = new float[columns];
        for (var c = 1; c < columns; c++) xs[c] = xs[c - 1] + widths[c - 1];
        var origins = TableSpans.Any(table) ? TableSpans.Origins(table.Rows, columns) : null;

        var slices = new List<Slice>();
        TableRowSlice? headerSlice = null;
        if (table.HasHeader)
        {
            headerSlice = Row(table.Header, header, null, 0, table.Alignments, xs, widths, pad, frame, theme.TableHeader, null);
            headerSlice.KeepWithNext = true;
            slices.Add(headerSlice);
        }
        var limit = MaxHeight - (headerSlice?.Height ?? 0) - 2 * pad;
        for (var r = 0; r < body.Count; r++)
        {
            var slice = Row(table.Rows[r], body[r], origins, r, table.Alignments, xs, widths, pad, frame, null, headerSlice);
            if (slice.Height <= limit + 2 * pad) slices.Add(slice);
            else slices.AddRange(Cut(slice, limit));
        }
        return slices;
    }

    private List<StyledRun>[] Runs(TableRow row, bool bold)
    {
        var style = new InlineStyle(bold ? FaceKind.Bold : FaceKind.Regular, theme.TableSize, theme.Text);
        return row.Cells.Select(c => inlines.Build(c.Content, style)).ToArray();
    }

    /// <summary>Cells spanning several columns take what their columns get and do not size them.</summary>
    private float[] ColumnWidths(int columns, List<(TableRow Model, List<StyledRun>[] Runs)> rows, float available, float pad)
    {
        var min = new float[columns];
        var max = new float[columns];
        foreach (var (model, row) in rows)
        {
            for (var c = 0; c < columns && c < row.Length; c++)
            {
                if (c < model.Cells.Length && model.Cells[c].ColSpan > 1) continue;
                var natural = engine.MeasureWidth(row[c]) + 2 * pad + 1;
                // A short cell (up to four characters, e.g. a 2-character CJK header) is never wrapped.
                min[c] = Math.Max(min[c], Math.Max(engine.MinContentWidth(row[c]) + 2 * pad, Math.Min(natural, 4 * theme.TableSize + 2 * pad)));
                max[c] = Math.Max(max[c], natural);
            }
        }
        var widths = new float[columns];
        var sumMin = min.Sum();
        var sumMax = max.Sum();
        if (sumMax <= available)
        {
            for (var c = 0; c < columns; c++) widths[c] = max[c] + (available - sumMax) * (sumMax > 0 ? max[c] / sumMax : 1f / columns);
        }
        else if (sumMin <= available)
        {
            var want = sumMax - sumMin;
            for (var c = 0; c < columns; c++) widths[c] = min[c] + (available - sumMin) * (want > 0 ? (max[c] - min[c]) / want : 1f / columns);
        }
        else
        {
            for (var c = 0; c < columns; c++) widths[c] = available * min[c] / sumMin;
        }
        return widths;
    }

    /// <summary>A row cut into pieces of at most <paramref name="limit"/> of cell text, each cut between lines of every cell.</summary>
    private static List<Slice> Cut(TableRowSlice row, float limit)
    {
        var pieces = new List<Slice>();
        var textHeight = row.Height - 2 * row.Padding;
        for (var from = 0f; from < textHeight - 0.01f;)
        {
            // The cut is the top of the first line (in any cell) that would cross the limit.
            var to = Math.Min(textHeight, from + limit);
            foreach (var cell in row.Cells)
                foreach (var line in cell.Lines)
                    if (line.Top >= from && line.Top < to && line.Top + line.Height > from + limit + 0.01f) to = line.Top;
            if (to <= from + 0.01f) to = from + limit; // one line taller than the page: it overflows, nothing is lost
            var cells = new ParagraphLayout[row.Cells.Length];
            for (var c = 0; c < cells.Length; c++)
            {
                var lines = new List<LaidLine>();
                foreach (var line in row.Cells[c].Lines)
                    if (line.Top >= from - 0.01f && line.Top < to - 0.01f) lines.Add(line with { Top = line.Top - from });
                cells[c] = new ParagraphLayout(lines, lines.Count > 0 ? lines[^1].Top + lines[^1].Height : 0, row.Cells[c].Width);
            }
            pieces.Add(new TableRowSlice
            {
                ColumnX = row.ColumnX,
                ColumnWidth = row.ColumnWidth,
                Cells = cells,
                Padding = row.Padding,
                Shade = row.Shade,
                Border = row.Border,
                JoinsLeft = row.JoinsLeft,
                OpenAbove = row.OpenAbove,
                OpenBelow = row.OpenBelow,
                Height = (to >= textHeight - 0.01f ? textHeight - from : to - from) + 2 * row.Padding,
                Indent = row.Indent,
                QuoteBars = row.QuoteBars,
                RepeatHeader = row.RepeatHeader,
                SpaceBefore = pieces.Count == 0 ? row.SpaceBefore : 0,
            });
            from = to;
        }
        return pieces;
    }

    /// <summary>
    /// One row. A cell spanning columns is laid out across them (no border between); a cell spanning rows is drawn
    /// in its first row and the borders between it and the rows it covers are left open.
    /// </summary>
    private TableRowSlice Row(TableRow model, List<StyledRun>[] cells, (int Row, int Column)[,]? origins, int r,
        System.Collections.Immutable.ImmutableArray<ColumnAlignment> alignments, float[] xs, float[] widths, float pad, Frame frame, RgbColor? shade, Slice? header)
    {
        var columns = xs.Length;
        var layouts = new ParagraphLayout[columns];
        var joinsLeft = new bool[columns];
        var openAbove = new bool[columns];
        var openBelow = new bool[columns];
        var height = 0f;
        for (var c = 0; c < columns; c++)
        {
            var cell = c < model.Cells.Length ? model.Cells[c] : null;
            // without origins (the header, or a table without spans) only colspans exist: Covered cells join the left
            var (originRow, originColumn) = origins is not null ? origins[r, c] : cell is { Covered: true } ? (r, -1) : (r, c);
            joinsLeft[c] = c > 0 && originColumn != c;
            openAbove[c] = originRow != r;
            openBelow[c] = origins is not null && r + 1 < origins.GetLength(0) && origins[r + 1, c] == (originRow, originColumn);
            if (originRow != r || originColumn != c)
            {
                layouts[c] = ParagraphLayout.Empty;
                continue;
            }
            var span = Math.Clamp(cell?.ColSpan ?? 1, 1, columns - c);
            var width = 0f;
            for (var k = c; k < c + span; k++) width += widths[k];
            var align = alignments[c] switch
            {
                ColumnAlignment.Center => TextAlignment.Center,
                ColumnAlignment.Right => TextAlignment.Right,
                _ => TextAlignment.Left,
            };
            var runs = c < cells.Length ? cells[c] : new List<StyledRun>();
            layouts[c] = runs.Count == 0 ? ParagraphLayout.Empty : engine.Layout(runs, width - 2 * pad, new ParagraphOptions(align, 1.45f));
            height = Math.Max(height, layouts[c].Height);
        }
        return new TableRowSlice
        {
            ColumnX = xs,
            ColumnWidth = widths,
            Cells = layouts,
            Padding = pad,
            Shade = shade,
            Border = theme.TableBorder,
            JoinsLeft = joinsLeft.Contains(true) ? joinsLeft : null,
            OpenAbove = openAbove.Contains(true) ? openAbove : null,
            OpenBelow = openBelow.Contains(true) ? openBelow : null,
            Height = Math.Max(height, theme.TableSize * 1.45f) + 2 * pad,
            Indent = frame.Indent,
            QuoteBars = frame.QuoteBars,
            RepeatHeader = header,
        };
    }
}
