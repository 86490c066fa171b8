using System.Xml.Linq;

namespace GoOverview.Slides.Pptx;

/// <summary>
/// A notes slide: the slide picture placeholder and the speaker notes, one paragraph per line of the section text.
/// Notes runs carry only their language: size and fonts come from the notes master (whose theme names the CJK
/// family for Latin and East Asian text), which keeps the many notes pages small.
/// </summary>
internal sealed class NotesXml
{
    private static readonly XNamespace A = Ns.A;
    private static readonly XNamespace P = Ns.P;


    public XElement Build(string notes)
    {
        var lines = notes.Split('\n').Select(l => l.TrimEnd()).ToList();
        var tree = new XElement(P + "spTree", ShapeXml.TreeStart(),
            new XElement(P + "sp",
                new XElement(P + "nvSpPr",
                    new XElement(P + "cNvPr", new XAttribute("id", "2"), new XAttribute("name", "Slide Image Placeholder 1")),
                    new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", "1"), new XAttribute("noRot", "1"), new XAttribute("noChangeAspect", "1"))),
                    new XElement(P + "nvPr", new PlaceholderRef("sldImg", null).ToXml())),
                new XElement(P + "spPr")),
            new XElement(P + "sp",
                new XElement(P + "nvSpPr",
                    new XElement(P + "cNvPr", new XAttribute("id", "3"), new XAttribute("name", "Notes Placeholder 2")),
                    new XElement(P + "cNvSpPr", new XElement(A + "spLocks", new XAttribute("noGrp", "1"))),
                    new XElement(P + "nvPr", new PlaceholderRef("body", 1).ToXml())),
                new XElement(P + "spPr"),
                new XElement(P + "txBody",
                    new XElement(A + "bodyPr"),
                    new XElement(A + "lstStyle"),
                    lines.Select(line => line.Length == 0
                        ? new XElement(A + "p", new XElement(A + "endParaRPr", new XAttribute("lang", "zh-CN")))
                        : Paragraph(line)))));
        return new XElement(P + "notes", Ns.Declarations(),
            new XElement(P + "cSld", tree),
            new XElement(P + "clrMapOvr", new XElement(A + "masterClrMapping")));
    }

    private static XElement Paragraph(string line) =>
        new(A + "p", ScriptSegments.Split(line).Select(segment => new XElement(A + "r",
            new XElement(A + "rPr", new XAttribute("lang", segment.EastAsian ? "zh-CN" : "en-US"), segment.EastAsian ? new XAttribute("altLang", "en-US") : null,
                new XAttribute("dirty", "0")),
            new XElement(A + "t", segment.Text))));
}
