using System.Globalization;
using System.Xml.Linq;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>A placeholder reference (p:ph): Type null means the generic content placeholder.</summary>
internal sealed record PlaceholderRef(string? Type, uint? Index, string? Size = null)
{
    public XElement ToXml() => new(Ns.P + "ph",
        Type is null ? null : new XAttribute("type", Type),
        Size is null ? null : new XAttribute("sz", Size),
        Index is null ? null : new XAttribute("idx", Index.Value.ToString(CultureInfo.InvariantCulture)));
}

/// <summary>Shapes and their parts (p:sp, a:bodyPr, group properties) as PresentationML wants them.</summary>
internal static class ShapeXml
{
    private static readonly XNamespace A = Ns.A;
    private static readonly XNamespace P = Ns.P;

    /// <summary>A text shape: a placeholder when <paramref name="placeholder"/> is set, else a plain text box. Its box is always explicit.</summary>
    public static XElement TextShape(int id, string name, PlaceholderRef? placeholder, Box box, SlideTheme theme, string anchor,
        IEnumerable<XElement> paragraphs, XElement? listStyle = null)
    {
        var cNvSpPr = placeholder is null
            ? new XElement(P + "cNvSpPr", new XAttribute("txBox", "1"))
            : new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", "1")));
        return new XElement(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", name)),
                cNvSpPr,
                new XElement(P + "nvPr", placeholder?.ToXml())),
            new XElement(P + "spPr",
                Transform(box),
                new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst"))),
            new XElement(P + "txBody",
                BodyProperties(theme, anchor),
                listStyle ?? new XElement(A + "lstStyle"),
                paragraphs));
    }

    /// <summary>Text box properties: fixed insets, wrapping, and no autofit (the planner already made the text fit).</summary>
    public static XElement BodyProperties(SlideTheme theme, string anchor) =>
        new(A + "bodyPr",
            new XAttribute("vert", "horz"),
            new XAttribute("wrap", "square"),
            new XAttribute("lIns", Emu.Str(theme.InsetX)),
            new XAttribute("tIns", Emu.Str(theme.InsetY)),
            new XAttribute("rIns", Emu.Str(theme.RightInset)),
            new XAttribute("bIns", Emu.Str(theme.InsetY)),
            new XAttribute("rtlCol", "0"),
            new XAttribute("anchor", anchor),
            new XElement(A + "noAutofit"));

    public static XElement Transform(Box box) =>
        new(A + "xfrm",
            new XElement(A + "off", new XAttribute("x", Emu.Str(box.X)), new XAttribute("y", Emu.Str(box.Y))),
            new XElement(A + "ext", new XAttribute("cx", Emu.Str(box.Width)), new XAttribute("cy", Emu.Str(box.Height))));

    /// <summary>A filled rectangle without text (decoration on the master).</summary>
    public static XElement Rectangle(int id, string name, Box box, string schemeColor) =>
        new(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", name)),
                new XElement(P + "cNvSpPr"),
                new XElement(P + "nvPr", new XAttribute("userDrawn", "1"))),
            new XElement(P + "spPr",
                Transform(box),
                new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst")),
                new XElement(A + "solidFill", new XElement(A + "schemeClr", new XAttribute("val", schemeColor))),
                new XElement(A + "ln", new XElement(A + "noFill"))));

    /// <summary>The shape tree's opening: group shape id 1 with an identity transform.</summary>
    public static XElement[] TreeStart() =>
    [
        new XElement(P + "nvGrpSpPr",
            new XElement(P + "cNvPr", new XAttribute("id", "1"), new XAttribute("name", "")),
            new XElement(P + "cNvGrpSpPr"),
            new XElement(P + "nvPr")),
        new XElement(P + "grpSpPr",
            new XElement(A + "xfrm",
                new XElement(A + "off", new XAttribute("x", "0"), new XAttribute("y", "0")),
                new XElement(A + "ext", new XAttribute("cx", "0"), new XAttribute("cy", "0")),
                new XElement(A + "chOff", new XAttribute("x", "0"), new XAttribute("y", "0")),
                new XElement(A + "chExt", new XAttribute("cx", "0"), new XAttribute("cy", "0")))),
    ];

    public static XElement ColorMap() => new(P + "clrMap",
        new XAttribute("bg1", "lt1"), new XAttribute("tx1", "dk1"), new XAttribute("bg2", "lt2"), new XAttribute("tx2", "dk2"),
        new XAttribute("accent1", "accent1"), new XAttribute("accent2", "accent2"), new XAttribute("accent3", "accent3"),
        new XAttribute("accent4", "accent4"), new XAttribute("accent5", "accent5"), new XAttribute("accent6", "accent6"),
        new XAttribute("hlink", "hlink"), new XAttribute("folHlink", "folHlink"));
}
