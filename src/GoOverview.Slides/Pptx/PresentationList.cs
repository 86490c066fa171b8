using System.Globalization;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;

namespace GoOverview.Slides.Pptx;

/// <summary>Edits presentation.xml: drops the template's own slides, lists ours, makes sure the notes master is listed.</summary>
internal static class PresentationList
{
    private static readonly XNamespace P = Ns.P;

    /// <summary>Slide size of the template in points.</summary>
    public static (double Width, double Height) SlideSize(PresentationPart presentation)
    {
        var size = PartXml.Read(presentation).Element(P + "sldSz");
        var cx = (long?)size?.Attribute("cx") ?? 12192000;
        var cy = (long?)size?.Attribute("cy") ?? 6858000;
        return (Emu.ToPoints(cx), Emu.ToPoints(cy));
    }

    /// <summary>Deletes the slides a user template came with (and any sections or custom shows naming them).</summary>
    public static void RemoveTemplateSlides(PresentationPart presentation)
    {
        var root = PartXml.Read(presentation);
        foreach (var slideId in root.Element(P + "sldIdLst")?.Elements(P + "sldId").ToList() ?? [])
        {
            var relationshipId = (string?)slideId.Attribute(Ns.R + "id");
            if (relationshipId is not null && presentation.TryGetPartById(relationshipId, out var part)) presentation.DeletePart(part);
        }
        root.Element(P + "sldIdLst")?.RemoveNodes();
        root.Element(P + "custShowLst")?.Remove();
        // Sections (p14:sectionLst) list slide ids; with the slides gone they would make PowerPoint repair the file.
        root.Element(P + "extLst")?.Elements(P + "ext")
            .Where(e => e.Elements().Any(c => c.Name.LocalName == "sectionLst")).Remove();
        PartXml.Write(presentation, root);
    }

    public static void SetSlides(PresentationPart presentation, IReadOnlyList<string> relationshipIds, string? notesMasterRelationshipId)
    {
        var root = PartXml.Read(presentation);
        var list = new XElement(P + "sldIdLst", relationshipIds.Select((id, i) =>
            new XElement(P + "sldId", new XAttribute("id", (256 + i).ToString(CultureInfo.InvariantCulture)), new XAttribute(Ns.R + "id", id))));
        root.Element(P + "sldIdLst")?.Remove();
        if (notesMasterRelationshipId is not null && root.Element(P + "notesMasterIdLst") is null)
            InsertAfter(root, new XElement(P + "notesMasterIdLst", new XElement(P + "notesMasterId", new XAttribute(Ns.R + "id", notesMasterRelationshipId))),
                "sldMasterIdLst");
        InsertAfter(root, list, "handoutMasterIdLst", "notesMasterIdLst", "sldMasterIdLst");
        PartXml.Write(presentation, root);
    }

    /// <summary>Inserts after the last present element among the names (schema order), else first.</summary>
    private static void InsertAfter(XElement root, XElement element, params string[] predecessors)
    {
        var anchor = predecessors.Select(n => root.Element(P + n)).FirstOrDefault(e => e is not null);
        if (anchor is null) root.AddFirst(element);
        else anchor.AddAfterSelf(element);
    }
}
