using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace GoOverview.Slides.Tests.Support;

/// <summary>One slide of a written deck read back as XML, in presentation order, with its notes (if any).</summary>
internal sealed record SlideXmlView(int Number, SlidePart Part, XElement Root, XElement? Notes)
{
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public IEnumerable<XElement> Runs => Root.Descendants(A + "r");

    public string Text => string.Concat(Root.Descendants(A + "t").Select(t => t.Value));

    public string NotesText => Notes is null ? "" : string.Join("\n", Notes.Descendants(A + "p").Select(p => string.Concat(p.Descendants(A + "t").Select(t => t.Value))));

    /// <summary>The title placeholder's text.</summary>
    public string Title => string.Concat(Root.Descendants(P + "sp")
        .First(sp => sp.Descendants(P + "ph").Any(ph => (string?)ph.Attribute("type") is "title" or "ctrTitle"))
        .Descendants(A + "t").Select(t => t.Value));

    public static List<SlideXmlView> All(PresentationDocument document)
    {
        var presentation = document.PresentationPart!;
        var ids = XElement.Load(presentation.GetStream()).Element(P + "sldIdLst")!.Elements(P + "sldId")
            .Select(e => (string)e.Attribute(R + "id")!).ToList();
        return ids.Select((id, i) =>
        {
            var part = (SlidePart)presentation.GetPartById(id);
            var notes = part.NotesSlidePart is { } n ? XElement.Load(n.GetStream()) : null;
            return new SlideXmlView(i + 1, part, XElement.Load(part.GetStream()), notes);
        }).ToList();
    }
}
