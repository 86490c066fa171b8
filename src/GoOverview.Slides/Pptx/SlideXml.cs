using System.Globalization;
using System.Xml.Linq;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>One planned slide → the p:sld part: title, body (as planned), and the slide number field.</summary>
internal sealed class SlideXml(SlideTheme theme, ParagraphXml paragraphs)
{
    private readonly FurnitureXml _furniture = new(theme, paragraphs);
    private readonly TableXml _tables = new(paragraphs);

    private static readonly XNamespace A = Ns.A;
    private static readonly XNamespace P = Ns.P;

    /// <param name="pictureRelationship">Relates the slide to a picture's part and gives the relationship id.</param>
    /// <param name="textBoxPicture">Relates the slide to a picture of a text box's paragraphs (the fallback of a box with formulas) and gives the relationship id.</param>
    public XElement Build(PlannedSlide slide, LayoutChoice layout, int number, HyperlinkFactory links, Func<SlidePicture, string> pictureRelationship,
        Func<ContentSlide, IReadOnlyList<SlideParagraph>, Box, (string RelationshipId, Box Box)>? textBoxPicture = null)
    {
        var tree = new XElement(P + "spTree", ShapeXml.TreeStart());
        switch (slide)
        {
            case TitleSlide t:
                tree.Add(FurnitureXml.Rectangle(6, "Title Band", theme.TitleBandBox, FurnitureXml.FieldColor));
                tree.Add(ShapeXml.TextShape(2, "Title 1", layout.Find("ctrTitle", "title"), theme.DeckTitleBox, theme, "b",
                    [paragraphs.Plain(t.Title, t.TitleFontSize, TitleFitter.TitleStyle, "ctr", links)]));
                if (t.Subtitle.Length > 0)
                    tree.Add(ShapeXml.TextShape(3, "Subtitle 2", layout.Find("subTitle", "body"), theme.DeckSubtitleBox, theme, "t",
                        [paragraphs.Plain(t.Subtitle, theme.DeckSubtitleFontSize, RunStyle.Plain, "ctr", links)]));
                break;
            case SectionSlide s:
                if (s.Number > 0) tree.Add(_furniture.SectionField(6, s.Number));
                tree.Add(ShapeXml.TextShape(2, "Title 1", layout.Find("title", "ctrTitle"), theme.SectionTitleBox, theme, "ctr",
                    [paragraphs.Plain(s.Title, s.TitleFontSize, TitleFitter.TitleStyle, "l", links)]));
                tree.Add(SlideNumber(4, layout, number));
                break;
            case ContentSlide c:
                tree.Add(ShapeXml.TextShape(2, "Title 1", layout.Find("title", "ctrTitle"), theme.TitleBox, theme, "b",
                    [paragraphs.Plain(c.Title, c.TitleFontSize, TitleFitter.TitleStyle, "l", links)]));
                for (var b = 0; b < c.Bands.Length; b++) tree.Add(CalloutBandXml.Shapes(10 + 2 * b, c.Bands[b]));
                var bodyBox = c.RightColumn.IsEmpty ? theme.BodyBox : theme.LeftColumn;
                tree.Add(WithFormulas(ShapeXml.TextShape(3, "Content Placeholder 2", layout.Find("body"), bodyBox, theme, "t", Body(c, links)),
                    c, c.Body, bodyBox, textBoxPicture));
                tree.Add(SlideNumber(4, layout, number));
                if (c.Tag.Length > 0) tree.Add(_furniture.Tag(6, c.Tag));
                if (!c.RightColumn.IsEmpty)
                    tree.Add(WithFormulas(ShapeXml.TextShape(7, "Right Column 7", null, theme.RightColumn, theme, "t",
                        c.RightColumn.Select((p, i) => paragraphs.Body(p, c.FontSize, c.Kind, firstOnSlide: i == 0, links))),
                        c, c.RightColumn, theme.RightColumn, textBoxPicture));
                break;
            case TableSlide t:
                tree.Add(ShapeXml.TextShape(2, "Title 1", layout.Find("title", "ctrTitle"), theme.TitleBox, theme, "b",
                    [paragraphs.Plain(t.Title, t.TitleFontSize, TitleFitter.TitleStyle, "l", links)]));
                tree.Add(_tables.Frame(3, t, links));
                tree.Add(SlideNumber(4, layout, number));
                if (t.Tag.Length > 0) tree.Add(_furniture.Tag(6, t.Tag));
                break;
            case PictureSlide p:
                tree.Add(ShapeXml.TextShape(2, "Title 1", layout.Find("title", "ctrTitle"), theme.TitleBox, theme, "b",
                    [paragraphs.Plain(p.Title, p.TitleFontSize, TitleFitter.TitleStyle, "l", links)]));
                tree.Add(PictureXml.Picture(3, p.Picture, pictureRelationship(p.Picture), p.PictureBox, p.Picture.Description));
                tree.Add(SlideNumber(4, layout, number));
                if (p.Tag.Length > 0) tree.Add(_furniture.Tag(6, p.Tag));
                if (p.CaptionBox is { } captionBox)
                    tree.Add(ShapeXml.TextShape(5, "Caption 4", null, captionBox, theme, "t",
                        [paragraphs.Caption(p.Caption, p.CaptionFontSize, p.Location, links)]));
                break;
        }
        return new XElement(P + "sld", Ns.Declarations(),
            new XElement(P + "cSld", tree),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));
    }

    private static XElement WithFormulas(XElement textShape, ContentSlide slide, IReadOnlyList<SlideParagraph> paragraphs, Box box,
        Func<ContentSlide, IReadOnlyList<SlideParagraph>, Box, (string RelationshipId, Box Box)>? textBoxPicture) =>
        textBoxPicture is not null && OfficeMathShape.HasFormula(paragraphs)
            ? OfficeMathShape.Wrap(textShape, textBoxPicture(slide, paragraphs, box))
            : textShape;

    private IEnumerable<XElement> Body(ContentSlide slide, HyperlinkFactory links)
    {
        if (slide.Body.IsEmpty)
        {
            yield return new XElement(A + "p", new XElement(A + "endParaRPr", new XAttribute("lang", "zh-CN")));
            yield break;
        }
        for (var i = 0; i < slide.Body.Length; i++)
            yield return paragraphs.Body(slide.Body[i], slide.FontSize, slide.Kind, firstOnSlide: i == 0, links);
    }

    private XElement SlideNumber(int id, LayoutChoice layout, int number)
    {
        var placeholder = layout.Find("sldNum");
        var field = new XElement(A + "p",
            new XElement(A + "pPr", new XAttribute("algn", "r")),
            new XElement(A + "fld", new XAttribute("id", TemplateXml.SlideNumberFieldId), new XAttribute("type", "slidenum"),
                new XElement(A + "rPr", new XAttribute("lang", "en-US"), new XAttribute("sz", Emu.FontSize(theme.SlideNumberFontSize)), new XAttribute("dirty", "0")),
                new XElement(A + "t", number.ToString(CultureInfo.InvariantCulture))));
        return ShapeXml.TextShape(id, "Slide Number Placeholder 3", placeholder is null ? null : placeholder with { Size = null },
            theme.SlideNumberBox, theme, "ctr", [field]);
    }
}
