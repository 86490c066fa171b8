using System.Globalization;
using System.Xml.Linq;
using GoOverview.Model;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>Deck furniture drawn on the slides themselves (so a reference deck gets it too): the section tag above a title, a divider's colour field and number.</summary>
internal sealed class FurnitureXml(SlideTheme theme, ParagraphXml paragraphs)
{
    public static readonly RgbColor FieldColor = new(0x00, 0x60, 0x6F);
    public static readonly RgbColor TagColor = new(0x00, 0x7D, 0x9C);

    public XElement Tag(int id, string tag) =>
        ShapeXml.TextShape(id, "Section Tag " + id, null, theme.TagBox, theme, "b",
            [paragraphs.Plain(tag, theme.TagFontSize, RunStyle.Plain with { Bold = true, Color = TagColor }, "l")]);

    public XElement[] SectionField(int firstId, int number) =>
    [
        Rectangle(firstId, "Section Field", theme.SectionFieldBox, FieldColor),
        ShapeXml.TextShape(firstId + 1, "Section Number", null, theme.SectionNumberBox, theme, "ctr",
            [paragraphs.Plain(number.ToString("00", CultureInfo.InvariantCulture), theme.SectionNumberFontSize,
                RunStyle.Plain with { Bold = true, Color = new RgbColor(0xFF, 0xFF, 0xFF) }, "ctr")]),
    ];

    public static XElement Rectangle(int id, string name, Box box, RgbColor color) =>
        new(Ns.P + "sp",
            new XElement(Ns.P + "nvSpPr",
                new XElement(Ns.P + "cNvPr", new XAttribute("id", id), new XAttribute("name", name)),
                new XElement(Ns.P + "cNvSpPr"),
                new XElement(Ns.P + "nvPr")),
            new XElement(Ns.P + "spPr",
                ShapeXml.Transform(box),
                new XElement(Ns.A + "prstGeom", new XAttribute("prst", "rect"), new XElement(Ns.A + "avLst")),
                new XElement(Ns.A + "solidFill", new XElement(Ns.A + "srgbClr", new XAttribute("val", color.ToHex()))),
                new XElement(Ns.A + "ln", new XElement(Ns.A + "noFill"))));
}
