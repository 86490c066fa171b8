using System.Globalization;
using System.Xml.Linq;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>The default slide master, its three layouts, the notes master and the presentation part, made by code from the theme geometry.</summary>
internal static class TemplateXml
{
    private static readonly XNamespace A = Ns.A;
    private static readonly XNamespace P = Ns.P;

    public const string TitleSlideLayout = "Title Slide";
    public const string SectionHeaderLayout = "Section Header";
    public const string TitleAndContentLayout = "Title and Content";

    public static readonly PlaceholderRef Title = new("title", null);
    public static readonly PlaceholderRef CenteredTitle = new("ctrTitle", null);
    public static readonly PlaceholderRef Subtitle = new("subTitle", 1);
    public static readonly PlaceholderRef Body = new(null, 1);
    public static readonly PlaceholderRef SlideNumber = new("sldNum", 12, "quarter");

    public static XElement Master(SlideTheme theme, IReadOnlyList<string> layoutRelationshipIds)
    {
        var tree = new XElement(P + "spTree", ShapeXml.TreeStart(),
            ShapeXml.Rectangle(2, "Accent Bar", new Box(0, 0, theme.SlideWidth, 6), "accent1"),
            ShapeXml.TextShape(3, "Title Placeholder 1", new PlaceholderRef("title", null), theme.TitleBox, theme, "b", [EmptyParagraph()]),
            ShapeXml.TextShape(4, "Text Placeholder 2", new PlaceholderRef("body", 1), theme.BodyBox, theme, "t", [EmptyParagraph()]),
            SlideNumberShape(5, theme));
        var layoutIds = new XElement(P + "sldLayoutIdLst");
        for (var i = 0; i < layoutRelationshipIds.Count; i++)
            layoutIds.Add(new XElement(P + "sldLayoutId",
                new XAttribute("id", (2147483649u + (uint)i).ToString(CultureInfo.InvariantCulture)),
                new XAttribute(Ns.R + "id", layoutRelationshipIds[i])));
        return new XElement(P + "sldMaster", Ns.Declarations(),
            new XElement(P + "cSld", Background(), tree),
            ShapeXml.ColorMap(),
            layoutIds,
            new XElement(P + "txStyles",
                new XElement(P + "titleStyle", Level(1, theme.TitleFontSize, major: true, 0, 0, null, "tx2", bold: true)),
                new XElement(P + "bodyStyle",
                    Level(1, theme.BodyFontSizes[0], major: false, SlideTheme.MarkerWidth(theme.BodyFontSizes[0]), -SlideTheme.MarkerWidth(theme.BodyFontSizes[0]), "•", "tx1"),
                    Level(2, theme.BodyFontSizes[^1], major: false, theme.IndentPerLevel + SlideTheme.MarkerWidth(theme.BodyFontSizes[^1]), -SlideTheme.MarkerWidth(theme.BodyFontSizes[^1]), "–", "tx1"),
                    Level(3, theme.BodyFontSizes[^1], major: false, 2 * theme.IndentPerLevel + SlideTheme.MarkerWidth(theme.BodyFontSizes[^1]), -SlideTheme.MarkerWidth(theme.BodyFontSizes[^1]), "•", "tx1")),
                new XElement(P + "otherStyle", Level(1, theme.BodyFontSizes[^1], major: false, 0, 0, null, "tx1"))));
    }

    public static XElement Layout(string name, string type, SlideTheme theme)
    {
        var tree = new XElement(P + "spTree", ShapeXml.TreeStart());
        switch (type)
        {
            case "title":
                tree.Add(ShapeXml.TextShape(2, "Title 1", CenteredTitle, theme.DeckTitleBox, theme, "b", [EmptyParagraph("ctr")]));
                tree.Add(ShapeXml.TextShape(3, "Subtitle 2", Subtitle, theme.DeckSubtitleBox, theme, "t", [EmptyParagraph("ctr")]));
                break;
            case "secHead":
                tree.Add(ShapeXml.TextShape(2, "Title 1", Title, theme.SectionTitleBox, theme, "ctr", [EmptyParagraph()]));
                break;
            default:
                tree.Add(ShapeXml.TextShape(2, "Title 1", Title, theme.TitleBox, theme, "b", [EmptyParagraph()]));
                tree.Add(ShapeXml.TextShape(3, "Content Placeholder 2", Body, theme.BodyBox, theme, "t", [EmptyParagraph()]));
                break;
        }
        tree.Add(SlideNumberShape(4, theme));
        return new XElement(P + "sldLayout", Ns.Declarations(),
            new XAttribute("type", type), new XAttribute("preserve", "1"),
            new XElement(P + "cSld", new XAttribute("name", name), tree),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));
    }

    /// <summary>Notes page: 7.5 × 10 in, slide picture above, notes text below.</summary>
    public static XElement NotesMaster(SlideTheme theme)
    {
        var tree = new XElement(P + "spTree", ShapeXml.TreeStart(),
            new XElement(P + "sp",
                new XElement(P + "nvSpPr",
                    new XElement(P + "cNvPr", new XAttribute("id", "2"), new XAttribute("name", "Slide Image Placeholder 1")),
                    new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", "1"), new XAttribute("noRot", "1"), new XAttribute("noChangeAspect", "1"))),
                    new XElement(P + "nvPr", new PlaceholderRef("sldImg", 2).ToXml())),
                new XElement(P + "spPr", ShapeXml.Transform(new Box(48, 54, 444, 444 * theme.SlideHeight / theme.SlideWidth)),
                    new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst")))),
            ShapeXml.TextShape(3, "Notes Placeholder 2", new PlaceholderRef("body", 1, "quarter"), new Box(54, 330, 432, 340), theme, "t", [EmptyParagraph()]));
        return new XElement(P + "notesMaster", Ns.Declarations(),
            new XElement(P + "cSld", Background(), tree),
            ShapeXml.ColorMap(),
            new XElement(P + "notesStyle", Level(1, 12, major: false, 0, 0, null, "tx1")));
    }

    public static XElement Presentation(SlideTheme theme, string masterRelationshipId, string notesMasterRelationshipId) =>
        new(P + "presentation", Ns.Declarations(), new XAttribute("saveSubsetFonts", "1"),
            new XElement(P + "sldMasterIdLst", new XElement(P + "sldMasterId", new XAttribute("id", "2147483648"), new XAttribute(Ns.R + "id", masterRelationshipId))),
            new XElement(P + "notesMasterIdLst", new XElement(P + "notesMasterId", new XAttribute(Ns.R + "id", notesMasterRelationshipId))),
            new XElement(P + "sldIdLst"),
            new XElement(P + "sldSz", new XAttribute("cx", Emu.Str(theme.SlideWidth)), new XAttribute("cy", Emu.Str(theme.SlideHeight))),
            new XElement(P + "notesSz", new XAttribute("cx", "6858000"), new XAttribute("cy", "9144000")),
            new XElement(P + "defaultTextStyle", Level(1, 18, major: false, 0, 0, null, "tx1")));

    public static XElement SlideNumberShape(int id, SlideTheme theme) =>
        ShapeXml.TextShape(id, "Slide Number Placeholder " + id, SlideNumber, theme.SlideNumberBox, theme, "ctr",
            [new XElement(A + "p", new XElement(A + "pPr", new XAttribute("algn", "r")),
                new XElement(A + "fld", new XAttribute("id", SlideNumberFieldId), new XAttribute("type", "slidenum"),
                    new XElement(A + "rPr", new XAttribute("lang", "en-US"), new XAttribute("sz", Emu.FontSize(theme.SlideNumberFontSize))),
                    new XElement(A + "t", "‹#›")))]);

    /// <summary>The id PowerPoint gives slide number fields; any GUID works, a fixed one keeps builds identical.</summary>
    public const string SlideNumberFieldId = "{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}";

    private static XElement Background() =>
        new(P + "bg", new XElement(P + "bgRef", new XAttribute("idx", "1001"), new XElement(A + "schemeClr", new XAttribute("val", "bg1"))));

    private static XElement EmptyParagraph(string align = "l") =>
        new(A + "p", new XElement(A + "pPr", new XAttribute("algn", align)), new XElement(A + "endParaRPr", new XAttribute("lang", "zh-CN"), new XAttribute("altLang", "en-US")));

    private static XElement Level(int level, double size, bool major, double marginLeft, double indent, string? bullet, string color, bool bold = false)
    {
        var font = major ? "+mj" : "+mn";
        return new XElement(A + $"lvl{level}pPr",
            new XAttribute("marL", Emu.Str(marginLeft)), new XAttribute("indent", Emu.Str(indent)), new XAttribute("algn", "l"),
            new XAttribute("rtl", "0"), new XAttribute("eaLnBrk", "1"), new XAttribute("latinLnBrk", "0"), new XAttribute("hangingPunct", "1"),
            new XElement(A + "lnSpc", new XElement(A + "spcPct", new XAttribute("val", "100000"))),
            new XElement(A + "spcBef", new XElement(A + "spcPts", new XAttribute("val", "0"))),
            bullet is null
                ? (object)new XElement(A + "buNone")
                : new XElement[] { new(A + "buFont", new XAttribute("typeface", "Arial")), new(A + "buChar", new XAttribute("char", bullet)) },
            new XElement(A + "defRPr", new XAttribute("sz", Emu.FontSize(size)), new XAttribute("b", bold ? "1" : "0"), new XAttribute("kern", "1200"),
                new XElement(A + "solidFill", new XElement(A + "schemeClr", new XAttribute("val", color))),
                new XElement(A + "latin", new XAttribute("typeface", font + "-lt")),
                new XElement(A + "ea", new XAttribute("typeface", font + "-ea")),
                new XElement(A + "cs", new XAttribute("typeface", font + "-cs"))));
    }
}
