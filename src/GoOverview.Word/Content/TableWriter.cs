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
        result.Append(Row(table, table.Header, columnWidth, header: true));
        foreach (var row in table.Rows) result.Append(Row(table, row, columnWidth, header: false));
        return result;
    }

    private W.TableRow Row(Model.Table table, Model.TableRow row, int columnWidth, bool header)
    {
        var result = new W.TableRow();
        if (header) result.Append(new TableRowProperties(new TableHeader(), new CantSplit()));
        for (var i = 0; i < table.Alignments.Length; i++)
        {
            var content = i < row.Cells.Length ? row.Cells[i].Content : ImmutableArray<Inline>.Empty;
            result.Append(Cell(content, table.Alignments[i], columnWidth, header, table.Location));
        }
        return result;
    }

    private W.TableCell Cell(ImmutableArray<Inline> content, ColumnAlignment alignment, int width, bool header, SourceLocation? where)
    {
        var cellProperties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
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
