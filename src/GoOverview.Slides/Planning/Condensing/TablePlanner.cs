using System.Collections.Immutable;
using GoOverview.Model;
using GoOverview.Slides.Measuring;

namespace GoOverview.Slides.Planning.Condensing;

/// <summary>One slide's part of a table: its rows and the heights of header and rows.</summary>
internal sealed record TablePart(ImmutableArray<ImmutableArray<TableCellPlan>> Rows, ImmutableArray<double> RowHeights);

/// <summary>
/// A table → table slides: columns as wide as their widest cell needs (shared out when the body box is narrower),
/// rows as tall as their tallest wrapped cell, split between rows over slides with the header row repeated.
/// </summary>
internal sealed class TablePlanner(SlideTheme theme, ITextMeasurer measurer, InlineRuns inlines)
{
    public (ImmutableArray<TableCellPlan> Header, ImmutableArray<double> Widths, double Size, List<TablePart> Parts) Plan(Table table)
    {
        var size = theme.MinBodyFontSize;
        var columns = Math.Max(table.Header.Cells.Length, table.Rows.Select(r => r.Cells.Length).DefaultIfEmpty(0).Max());
        var header = Cells(table.Header, table, columns, header: true);
        var rows = table.Rows.Select(r => Cells(r, table, columns, header: false)).ToList();
        var widths = Widths(rows.Prepend(header).ToList(), columns, size);
        var headerHeight = RowHeight(header, widths, size);
        var available = theme.BodyBox.Height - 2 * theme.InsetY;
        var parts = new List<TablePart>();
        var partRows = ImmutableArray.CreateBuilder<ImmutableArray<TableCellPlan>>();
        var heights = ImmutableArray.CreateBuilder<double>();
        var used = headerHeight;
        foreach (var row in rows)
        {
            var height = RowHeight(row, widths, size);
            if (partRows.Count > 0 && used + height > available)
            {
                parts.Add(new TablePart(partRows.ToImmutable(), heights.ToImmutable().Insert(0, headerHeight)));
                partRows.Clear();
                heights.Clear();
                used = headerHeight;
            }
            partRows.Add(row);
            heights.Add(height);
            used += height;
        }
        parts.Add(new TablePart(partRows.ToImmutable(), heights.ToImmutable().Insert(0, headerHeight)));
        return (header, widths, size, parts);
    }

    private ImmutableArray<TableCellPlan> Cells(TableRow row, Table table, int columns, bool header)
    {
        var cells = ImmutableArray.CreateBuilder<TableCellPlan>();
        for (var c = 0; c < columns; c++)
        {
            var alignment = c < table.Alignments.Length ? table.Alignments[c] : ColumnAlignment.Default;
            if (c >= row.Cells.Length || row.Cells[c].Covered)
            {
                cells.Add(new TableCellPlan([], alignment));
                continue;
            }
            var runs = PunctuationSpacing.Clean(inlines.Lines(row.Cells[c].Content, table.Location)
                .Aggregate(ImmutableArray<SlideRun>.Empty, (all, line) => all.IsEmpty ? line : all.Add(new SlideRun(" ", RunStyle.Plain)).AddRange(line)));
            if (header) runs = runs.Select(r => r with { Style = r.Style with { Bold = true, Color = new RgbColor(0xFF, 0xFF, 0xFF) } }).ToImmutableArray();
            cells.Add(new TableCellPlan(runs, alignment));
        }
        return cells.ToImmutable();
    }

    

    private ImmutableArray<double> Widths(List<ImmutableArray<TableCellPlan>> rows, int columns, double size)
    {
        var total = theme.BodyBox.Width - 2 * theme.InsetX;
        var natural = new double[columns];
        for (var c = 0; c < columns; c++)
            natural[c] = rows.Max(r => r[c].Runs.IsEmpty ? 0 : measurer.BreakLines(r[c].Runs, size, 10_000).Max(l => l.Width)) + 2 * TableSlide.PaddingX + size + 1;
        var sum = natural.Sum();
        if (sum <= total) return natural.Select(w => w * total / sum).ToImmutableArray();
        // Narrow columns keep their width; the wide ones share what is left in proportion to their needs.
        var widths = new double[columns];
        var open = Enumerable.Range(0, columns).ToList();
        var left = total;
        while (true)
        {
            var share = left / open.Count;
            var narrow = open.Where(c => natural[c] <= share).ToList();
            if (narrow.Count == 0) break;
            foreach (var c in narrow)
            {
                widths[c] = natural[c];
                left -= natural[c];
                open.Remove(c);
            }
            if (open.Count == 0) break;
        }
        var openSum = open.Sum(c => natural[c]);
        foreach (var c in open) widths[c] = left * natural[c] / openSum;
        return widths.ToImmutableArray();
    }

    private double RowHeight(ImmutableArray<TableCellPlan> row, ImmutableArray<double> widths, double size)
    {
        var lines = 1;
        for (var c = 0; c < row.Length; c++)
            if (!row[c].Runs.IsEmpty) lines = Math.Max(lines, measurer.BreakLines(row[c].Runs, size, CellTextWidth(widths[c], size)).Count);
        return lines * theme.LineHeight(size) + 2 * TableSlide.PaddingY;
    }

    /// <summary>The width a cell's text is laid out in (drawers use the same).</summary>
    public static double CellTextWidth(double columnWidth, double size) => Math.Max(size, columnWidth - 2 * TableSlide.PaddingX - size);
}
