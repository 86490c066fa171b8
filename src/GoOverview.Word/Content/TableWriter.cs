using GoOverview.Export.Packaging;
using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;
using GoOverview.Word.Package;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Content;

/// <summary>A model table as a Word table: bordered table style, full text width, bold shaded header row that repeats on each page.</summary>
internal sealed class TableWriter(WordBuild build, OpcPart part)
{
    private const string HeaderFill = "F2F2F2";

    public W.Table Create(Model.Table table, BlockContext context)
    {
        var columns = Math.Max(1, table.Alignments.Length);
        var width = build.Page.TextWidthTwips - context.IndentTwips;
        var columnWidth = width / columns;
        var result = new W.Table();
        var properties = new TableProperties(
            new TableStyle { Val = build.Styles.Id(StyleNames.TableGrid) },
            new TableWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLook { Val = "04A0", FirstRow = true, LastRow = false, FirstColumn = false, LastColumn = false, NoHorizontalBand = false, NoVerticalBand = true });
        if (context.IndentTwips > 0)
            properties.TableIndentation = new TableIndentation { Width = context.IndentTwips, Type = TableWidthUnitValues.Dxa };
        result.Append(properties);
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++) grid.Append(new GridColumn { Width = columnWidth.ToString(CultureInfo.InvariantCulture) });
        result.Append(grid);
        if (table.HasHeader || table.Rows.IsEmpty) result.Append(Row(table, table.Header, null, 0, columnWidth, header: true));
        var origins = TableSpans.Any(table) ? TableSpans.Origins(table.Rows, table.Alignments.Length) : null;
        for (var r = 0; r < table.Rows.Length; r++) result.Append(Row(table, table.Rows[r], origins, r, columnWidth, header: false));
        return result;
    }

    /// <summary>A row; a spanning cell is one w:tc with gridSpan (and vMerge restart), the rows below it continue the merge.</summary>
    private W.TableRow Row(Model.Table table, Model.TableRow row, (int Row, int Column)[,]? origins, int r, int columnWidth, bool header)
    {
        var result = new W.TableRow();
        if (header) result.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < table.Alignments.Length;)
        {
            var cell = i < row.Cells.Length ? row.Cells[i] : new Model.TableCell([]);
            var (originRow, originColumn) = origins is null ? (r, i) : origins[r, i];
            var span = 1;
            VerticalMerge? merge = null;
            if (originRow == r && originColumn == i)
            {
                span = Math.Clamp(cell.ColSpan, 1, table.Alignments.Length - i);
                if (origins is not null && cell.RowSpan > 1) merge = new VerticalMerge { Val = MergedCellValues.Restart };
            }
            else if (originColumn == i)
            {
                span = Math.Clamp(table.Rows[originRow].Cells[originColumn].ColSpan, 1, table.Alignments.Length - i);
                merge = new VerticalMerge { Val = MergedCellValues.Continue };
                cell = new Model.TableCell([]);
            }
            else
            {
                i++; // covered from the left: part of the cell already written
                continue;
            }
            result.Append(Cell(cell.Content, table.Alignments[i], columnWidth, span, merge, header, table.Location));
            i += span;
        }
        return result;
    }

    private W.TableCell Cell(ImmutableArray<Inline> content, ColumnAlignment alignment, int width, int span, VerticalMerge? merge, bool header, SourceLocation? where)
    {
        var cellProperties = new TableCellProperties(new TableCellWidth { Width = (width * span).ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1) cellProperties.Append(new GridSpan { Val = span });
        if (merge is not null) cellProperties.Append(merge);
        if (header) cellProperties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = HeaderFill });
        var paragraph = new W.Paragraph(new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = build.Styles.Id(StyleNames.Compact) },
            Justification = new Justification { Val = Justify(alignment) },
        });
        paragraph.Append(new InlineWriter(build, part, where, part.ContentType == ContentTypes.Footnotes).Convert(content, header ? RunFormat.Plain with { Bold = true } : RunFormat.Plain));
        return new W.TableCell(cellProperties, paragraph);
    }

    private static JustificationValues Justify(ColumnAlignment alignment) => alignment switch
    {
        ColumnAlignment.Center => JustificationValues.Center,
        ColumnAlignment.Right => JustificationValues.Right,
        _ => JustificationValues.Left,
    };
}
