using System.Xml.Linq;
using GoOverview.Model;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>A planned table as a DrawingML table (a:tbl in a graphic frame): header row filled with the title colour, banded rows, exact row heights.</summary>
internal sealed class TableXml(ParagraphXml paragraphs)
{
    private static readonly XNamespace A = Ns.A;
    private static readonly XNamespace P = Ns.P;
    public static readonly RgbColor HeaderFill = new(0x00, 0x60, 0x6F);
    public static readonly RgbColor BandFill = new(0xEE, 0xF6, 0xF8);

    public XElement Frame(int id, TableSlide slide, HyperlinkFactory links)
    {
        var grid = new XElement(A + "tblGrid", slide.ColumnWidths.Select(w => new XElement(A + "gridCol", new XAttribute("w", Emu.Str(w)))));
        var table = new XElement(A + "tbl",
            new XElement(A + "tblPr", new XAttribute("firstRow", "1"), new XAttribute("bandRow", "1")),
            grid,
            Row(slide.Header, slide.RowHeights[0], slide, HeaderFill, links));
        for (var r = 0; r < slide.Rows.Length; r++)
            table.Add(Row(slide.Rows[r], slide.RowHeights[r + 1], slide, r % 2 == 1 ? BandFill : new RgbColor(0xFF, 0xFF, 0xFF), links));
        return new XElement(P + "graphicFrame",
            new XElement(P + "nvGraphicFramePr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", "Table " + id)),
                new XElement(P + "cNvGraphicFramePr", new XElement(A + "graphicFrameLocks", new XAttribute("noGrp", "1"))),
                new XElement(P + "nvPr")),
            new XElement(P + "xfrm",
                new XElement(A + "off", new XAttribute("x", Emu.Str(slide.Frame.X)), new XAttribute("y", Emu.Str(slide.Frame.Y))),
                new XElement(A + "ext", new XAttribute("cx", Emu.Str(slide.Frame.Width)), new XAttribute("cy", Emu.Str(slide.Frame.Height)))),
            new XElement(A + "graphic",
                new XElement(A + "graphicData", new XAttribute("uri", "http://schemas.openxmlformats.org/drawingml/2006/table"), table)));
    }

    private XElement Row(IReadOnlyList<TableCellPlan> cells, double height, TableSlide slide, RgbColor fill, HyperlinkFactory links) =>
        new(A + "tr", new XAttribute("h", Emu.Str(height)),
            cells.Select(cell => new XElement(A + "tc",
                new XElement(A + "txBody",
                    new XElement(A + "bodyPr"),
                    new XElement(A + "lstStyle"),
                    paragraphs.Caption(cell.Runs, slide.FontSize, slide.Location, links, Align(cell.Alignment))),
                new XElement(A + "tcPr",
                    new XAttribute("marL", Emu.Str(TableSlide.PaddingX)), new XAttribute("marR", Emu.Str(TableSlide.PaddingX)),
                    new XAttribute("marT", Emu.Str(TableSlide.PaddingY)), new XAttribute("marB", Emu.Str(TableSlide.PaddingY)),
                    new XAttribute("anchor", "ctr"),
                    new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", fill.ToHex())))))));

    private static string Align(ColumnAlignment alignment) => alignment switch
    {
        ColumnAlignment.Center => "ctr",
        ColumnAlignment.Right => "r",
        _ => "l",
    };
}
