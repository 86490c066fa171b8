using GoOverview.Export.Packaging;
using System.Globalization;
using System.Xml.Linq;
using GoOverview.Slides.Pptx.Package;

namespace GoOverview.Slides.Pptx;

/// <summary>Edits presentation.xml: drops the template's own slides, lists ours, makes sure the notes master is listed.</summary>
internal static class PresentationList
{
    private static readonly XNamespace P = Ns.P;

    /// <summary>Slide size of the template in points.</summary>
    public static (double Width, double Height) SlideSize(OpcPart presentation)
    {
        var size = presentation.ReadXml().Element(P + "sldSz");
        var cx = (long?)size?.Attribute("cx") ?? 12192000;
        var cy = (long?)size?.Attribute("cy") ?? 6858000;
        return (Emu.ToPoints(cx), Emu.ToPoints(cy));
    }

    /// <summary>
    /// Deletes the slides a user template came with (and any sections or custom shows naming them). Their parts
    /// (notes, pictures) are no longer reachable and are not written.
    /// </summary>
    public static void RemoveTemplateSlides(OpcPart presentation)
    {
        var root = presentation.ReadXml();
        if (root.Element(P + "sldIdLst") is null && !presentation.Relationships.Any(r => r.Type == RelationshipTypes.Slide)) return;
        foreach (var slide in presentation.Relationships.Where(r => r.Type == RelationshipTypes.Slide).ToList())
            presentation.RemoveRelationship(slide.Id);
        root.Element(P + "sldIdLst")?.RemoveNodes();
        root.Element(P + "custShowLst")?.Remove();
        // Sections (p14:sectionLst) list slide ids; with the slides gone they would make PowerPoint repair the file.
        root.Element(P + "extLst")?.Elements(P + "ext")
            .Where(e => e.Elements().Any(c => c.Name.LocalName == "sectionLst")).Remove();
        presentation.WriteXml(root);
    }

    /// <summary>Lists the slides (and the notes master, if it was added) and the embedded fonts in presentation.xml.</summary>
    public static void SetSlides(OpcPart presentation, IReadOnlyList<string> relationshipIds, string? notesMasterRelationshipId,
        IReadOnlyList<XElement> embeddedFonts)
    {
        var root = presentation.ReadXml();
        var list = new XElement(P + "sldIdLst", relationshipIds.Select((id, i) =>
            new XElement(P + "sldId", new XAttribute("id", (256 + i).ToString(CultureInfo.InvariantCulture)), new XAttribute(Ns.R + "id", id))));
        root.Element(P + "sldIdLst")?.Remove();
        if (notesMasterRelationshipId is not null && root.Element(P + "notesMasterIdLst") is null)
            InsertAfter(root, new XElement(P + "notesMasterIdLst", new XElement(P + "notesMasterId", new XAttribute(Ns.R + "id", notesMasterRelationshipId))),
                "sldMasterIdLst");
        InsertAfter(root, list, "handoutMasterIdLst", "notesMasterIdLst", "sldMasterIdLst");
        if (embeddedFonts.Count > 0) SetEmbeddedFonts(root, embeddedFonts);
        presentation.WriteXml(root);
    }

    /// <summary>
    /// Lists our fonts in p:embeddedFontLst (keeping a template's entries for other typefaces) and switches on
    /// embedding, so PowerPoint uses the fonts and keeps them (as subsets) when the deck is saved again.
    /// </summary>
    private static void SetEmbeddedFonts(XElement root, IReadOnlyList<XElement> entries)
    {
        var ours = entries.Select(e => (string?)e.Element(P + "font")?.Attribute("typeface")).ToHashSet();
        var list = root.Element(P + "embeddedFontLst");
        if (list is null)
        {
            list = new XElement(P + "embeddedFontLst");
            InsertAfter(root, list, "smartTags", "notesSz", "sldSz");
        }
        list.Elements(P + "embeddedFont").Where(e => ours.Contains((string?)e.Element(P + "font")?.Attribute("typeface"))).Remove();
        list.Add(entries);
        root.SetAttributeValue("embedTrueTypeFonts", "1");
        root.SetAttributeValue("saveSubsetFonts", "1");
    }

    /// <summary>Inserts after the first present element among the names (schema order, latest first), else first.</summary>
    private static void InsertAfter(XElement root, XElement element, params string[] predecessors)
    {
        var anchor = predecessors.Select(n => root.Element(P + n)).FirstOrDefault(e => e is not null);
        if (anchor is null) root.AddFirst(element);
        else anchor.AddAfterSelf(element);
    }
}
