using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Inlines;
using GoOverview.Model;
using Md = Markdig.Syntax;
using MdTable = Markdig.Extensions.Tables;

namespace GoOverview.Markdown.Blocks;

/// <summary>Pipe tables: alignments from the delimiter row; every row padded or cut to the column count.</summary>
internal static class TableConverter
{
    public static Table Convert(MdTable.Table table, ConversionContext context)
    {
        var rows = table.OfType<MdTable.TableRow>().ToList();
        // GFM: the header row decides the column count; other rows are padded or cut to it.
        var columnCount = rows.Count > 0 && rows[0].IsHeader ? rows[0].Count
            : table.ColumnDefinitions.Count > 0 ? table.ColumnDefinitions.Count
            : rows.Select(r => r.Count).DefaultIfEmpty(1).Max();
        columnCount = Math.Max(1, columnCount);
        var alignments = Enumerable.Range(0, columnCount)
            .Select(i => i < table.ColumnDefinitions.Count ? Alignment(table.ColumnDefinitions[i].Alignment) : ColumnAlignment.Default)
            .ToImmutableArray();

        var header = rows.Count > 0 && rows[0].IsHeader ? Row(rows[0], columnCount, context) : EmptyRow(columnCount);
        var body = rows.Skip(rows.Count > 0 && rows[0].IsHeader ? 1 : 0).Select(r => Row(r, columnCount, context)).ToImmutableArray();
        return new Table(alignments, header, body, Attr.Empty);
    }

    private static TableRow Row(MdTable.TableRow row, int columnCount, ConversionContext context)
    {
        var cells = ImmutableArray.CreateBuilder<TableCell>(columnCount);
        foreach (var cell in row.OfType<MdTable.TableCell>())
        {
            if (cells.Count == columnCount) break;
            cells.Add(new TableCell(CellContent(cell, context)));
        }
        while (cells.Count < columnCount) cells.Add(new TableCell([]));
        return new TableRow(cells.MoveToImmutable());
    }

    /// <summary>A cell holds paragraphs in Markdig; the model keeps inlines (paragraphs joined by line breaks).</summary>
    private static ImmutableArray<Inline> CellContent(MdTable.TableCell cell, ConversionContext context)
    {
        var content = ImmutableArray.CreateBuilder<Inline>();
        foreach (var block in cell)
        {
            if (block is not Md.LeafBlock leaf) continue;
            if (content.Count > 0) content.Add(new LineBreak());
            content.AddRange(InlineConverter.Convert(leaf.Inline, context));
        }
        return content.ToImmutable();
    }

    private static TableRow EmptyRow(int columnCount) =>
        new(Enumerable.Range(0, columnCount).Select(_ => new TableCell([])).ToImmutableArray());

    private static ColumnAlignment Alignment(MdTable.TableColumnAlign? align) => align switch
    {
        MdTable.TableColumnAlign.Left => ColumnAlignment.Left,
        MdTable.TableColumnAlign.Center => ColumnAlignment.Center,
        MdTable.TableColumnAlign.Right => ColumnAlignment.Right,
        _ => ColumnAlignment.Default,
    };
}
