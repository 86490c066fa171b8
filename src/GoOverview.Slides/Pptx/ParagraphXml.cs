using System.Xml.Linq;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>
/// DrawingML paragraphs with everything explicit (size, exact line height, spacing, indent, bullet), so the slide
/// looks as the planner measured it whatever the layout's defaults are. East Asian line breaking is switched on.
/// </summary>
internal sealed class ParagraphXml(SlideTheme theme, RunXml runs)
{
    private static readonly XNamespace A = Ns.A;

    public XElement Body(SlideParagraph paragraph, double bodySize, ContentKind kind, bool firstOnSlide, HyperlinkFactory links)
    {
        var size = theme.ParagraphFontSize(paragraph, bodySize);
        var hangs = paragraph.Marker != ParagraphMarker.None && !paragraph.IsContinuation;
        var marker = hangs ? Marker(paragraph) : null;
        var pPr = Properties(size, theme.TextIndent(paragraph, size), hangs ? -SlideTheme.MarkerWidth(size) : 0,
            firstOnSlide ? 0 : theme.SpaceBefore(paragraph, size, kind), paragraph.IsDisplayEquation ? "ctr" : "l", marker,
            theme.LineHeight(paragraph, size));
        var p = new XElement(A + "p", pPr);
        foreach (var run in paragraph.Runs) p.Add(runs.Runs(run, size, paragraph.Location, links));
        p.Add(EndProperties(size));
        return p;
    }

    /// <summary>A one-line-style paragraph of plain text (titles, subtitles, notes).</summary>
    public XElement Plain(string text, double size, RunStyle style, string align, HyperlinkFactory? links = null)
    {
        var p = new XElement(A + "p", Properties(size, 0, 0, 0, align, null));
        p.Add(runs.Runs(new SlideRun(text, style), size, null, links));
        p.Add(EndProperties(size));
        return p;
    }

    /// <summary>A picture's caption: centred runs (links and styles kept).</summary>
    public XElement Caption(IEnumerable<SlideRun> caption, double size, GoOverview.Model.SourceLocation? location, HyperlinkFactory links, string align = "ctr")
    {
        var p = new XElement(A + "p", Properties(size, 0, 0, 0, align, null));
        foreach (var run in caption) p.Add(runs.Runs(run, size, location, links));
        p.Add(EndProperties(size));
        return p;
    }

    public XElement Properties(double size, double marginLeft, double indent, double spaceBefore, string align, XElement[]? bullet,
        double? lineHeight = null) =>
        new(A + "pPr",
            new XAttribute("marL", Emu.Str(marginLeft)),
            new XAttribute("indent", Emu.Str(indent)),
            new XAttribute("algn", align),
            new XAttribute("eaLnBrk", "1"),
            new XAttribute("latinLnBrk", "0"),
            new XAttribute("hangingPunct", "1"),
            new XElement(A + "lnSpc", new XElement(A + "spcPts", new XAttribute("val", Emu.Spacing(lineHeight ?? theme.LineHeight(size))))),
            new XElement(A + "spcBef", new XElement(A + "spcPts", new XAttribute("val", Emu.Spacing(spaceBefore)))),
            new XElement(A + "spcAft", new XElement(A + "spcPts", new XAttribute("val", "0"))),
            bullet ?? [new XElement(A + "buNone")]);

    private XElement EndProperties(double size) =>
        new(A + "endParaRPr", new XAttribute("lang", "zh-CN"), new XAttribute("altLang", "en-US"), new XAttribute("sz", Emu.FontSize(size)), new XAttribute("dirty", "0"));

    private static XElement[]? Marker(SlideParagraph paragraph) => paragraph.Marker switch
    {
        ParagraphMarker.Bullet =>
        [
            new XElement(A + "buFont", new XAttribute("typeface", "Arial")),
            new XElement(A + "buChar", new XAttribute("char", paragraph.Level == 0 ? "•" : "–")),
        ],
        // Numbers are part of the text ("3. "): automatic numbering would restart on every continued slide.
        _ => null,
    };
}
