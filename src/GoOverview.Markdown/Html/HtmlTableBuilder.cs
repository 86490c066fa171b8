using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using Attr = GoOverview.Model.Attr;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Html;

/// <summary>
/// An HTML &lt;table&gt; → a model Table: cells placed on a grid as HTML does (colspan/rowspan, rowspan=0 to the end),
/// covered positions filled with Covered cells. The header is the &lt;thead&gt;'s first row or a first row of &lt;th&gt;
/// cells; without one the table has no header. Column alignment comes from the first row's cells; a caption
/// becomes a bold paragraph before the table. Past <see cref="MaxColumns"/> columns or <see cref="MaxCells"/>
/// cells the rest is dropped with one warning.
/// </summary>
internal sealed class HtmlTableBuilder(ConversionContext context, HtmlInlineBuilder inlines)
{
    public const int MaxColumns = 64;
    public const int MaxCells = 20_000;

    private sealed record Placed(IElement Element, int Row, int Column, int ColSpan, int RowSpan);

    public IEnumerable<Block> Build(IElement table)
    {
        var rows = Rows(table, out var headerRows);
        var placed = Place(rows, headerRows, table, out var columns);
        var usedRows = Math.Max(headerRows, placed.Select(p => p.Row + p.RowSpan).DefaultIfEmpty(0).Max());
        rows.RemoveRange(usedRows, rows.Count - usedRows);
        var result = new List<Block>();
        if (table.Children.FirstOrDefault(c => c.LocalName == "caption") is { } caption && inlines.Convert(caption.ChildNodes) is { IsEmpty: false } text)
            result.Add(new Paragraph([new Strong(text)]) { Location = inlines.At(caption) });
        var contents = placed.Select(p => inlines.Convert(p.Element.ChildNodes)).ToList();
        if (contents.All(c => c.IsEmpty)) return result;

        var grid = new TableCell?[rows.Count, columns];
        var covered = new bool[rows.Count, columns];
        for (var i = 0; i < placed.Count; i++)
        {
            var cell = placed[i];
            var content = contents[i];
            if (cell.Element.LocalName == "th" && cell.Row >= headerRows && !content.IsEmpty) content = [new Strong(content)];
            grid[cell.Row, cell.Column] = new TableCell(content) { ColSpan = cell.ColSpan, RowSpan = cell.RowSpan };
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                for (var c = cell.Column; c < cell.Column + cell.ColSpan; c++)
                    covered[r, c] = (r, c) != (cell.Row, cell.Column);
        }
        var modelRows = new List<TableRow>();
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = ImmutableArray.CreateBuilder<TableCell>(columns);
            for (var c = 0; c < columns; c++)
                cells.Add(grid[r, c] ?? new TableCell([]) { Covered = covered[r, c] });
            modelRows.Add(new TableRow(cells.MoveToImmutable()));
        }
        var alignments = Enumerable.Range(0, columns).Select(c => AlignmentOf(placed, c)).ToImmutableArray();
        var header = headerRows > 0 ? modelRows[0] : new TableRow(Enumerable.Range(0, columns).Select(_ => new TableCell([])).ToImmutableArray());
        result.Add(new Table(alignments, header, modelRows.Skip(headerRows).ToImmutableArray(), Attr.WithId(table.Id ?? "")) { Location = inlines.At(table) });
        return result;
    }

    /// <summary>The rows in order (thead, then bodies and direct rows, then tfoot); headerRows is 0 or 1.</summary>
    private static List<IElement> Rows(IElement table, out int headerRows)
    {
        var head = new List<IElement>();
        var body = new List<IElement>();
        var foot = new List<IElement>();
        foreach (var child in table.Children)
        {
            var target = child.LocalName switch { "thead" => head, "tfoot" => foot, _ => body };
            if (child.LocalName == "tr") target.Add(child);
            else if (child.LocalName is "thead" or "tbody" or "tfoot") target.AddRange(child.Children.Where(c => c.LocalName == "tr"));
        }
        var rows = head.Concat(body).Concat(foot).ToList();
        var first = rows.FirstOrDefault();
        headerRows = head.Count > 0 || (first is not null && first.Children.Any() && first.Children.All(c => c.LocalName == "th")) ? 1 : 0;
        return rows;
    }

    private List<Placed> Place(List<IElement> rows, int headerRows, IElement table, out int columns)
    {
        var placed = new List<Placed>();
        var taken = new List<bool[]>();
        var cells = 0;
        columns = 0;
        for (var r = 0; r < rows.Count; r++)
        {
            while (taken.Count <= r) taken.Add(new bool[MaxColumns]);
            var column = 0;
            // a span stays inside its part: the header row alone, or the body
            var partEnd = r < headerRows ? headerRows : rows.Count;
            foreach (var cell in rows[r].Children.Where(c => c.LocalName is "td" or "th"))
            {
                while (column < MaxColumns && taken[r][column]) column++;
                if (cells >= MaxCells)
                {
                    ReportLimit(table, $"more than {MaxCells:N0} cells");
                    return placed;
                }
                if (column >= MaxColumns)
                {
                    ReportLimit(table, $"more than {MaxColumns} columns");
                    break;
                }
                var colSpan = Math.Clamp(Span(cell, "colspan", 1), 1, MaxColumns - column);
                var rowSpan = Span(cell, "rowspan", 1);
                rowSpan = Math.Clamp(rowSpan == 0 ? partEnd - r : rowSpan, 1, partEnd - r);
                while (taken.Count < r + rowSpan) taken.Add(new bool[MaxColumns]);
                for (var dr = 0; dr < rowSpan; dr++)
                    for (var dc = 0; dc < colSpan; dc++) taken[r + dr][column + dc] = true;
                placed.Add(new Placed(cell, r, column, colSpan, rowSpan));
                cells += colSpan * rowSpan;
                column += colSpan;
                columns = Math.Max(columns, column);
            }
        }
        return placed;
    }

    private static int Span(IElement cell, string attribute, int fallback) =>
        int.TryParse(cell.GetAttribute(attribute)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Math.Min(n, 65_534) : fallback;

    private static ColumnAlignment AlignmentOf(List<Placed> placed, int column) =>
        placed.FirstOrDefault(p => p.Column == column && p.ColSpan == 1) is { } cell ? HtmlAlignment.ColumnOf(cell.Element) : ColumnAlignment.Default;

    private void ReportLimit(IElement table, string what) =>
        context.Diagnostics.ReportOnce("html-table-limit:" + inlines.At(table), new Diagnostic(Severity.Warning, "html-limit",
            $"HTML table has {what}; the cells past that are dropped", inlines.At(table)));
}
