using System.Xml;

namespace GoOverview.Epub.Packaging;

/// <summary>
/// The schema.org accessibility metadata of EPUB Accessibility 1.1: how the book can be read (text, plus pictures
/// when it has any), what helps (navigation, TOC, reading order, alternative text, reflowable text), no hazards,
/// and a summary in words.
/// </summary>
internal static class AccessibilityMetadata
{
    private const string OpfNs = "http://www.idpf.org/2007/opf";

    public static void Write(XmlWriter x, PackageContents c)
    {
        var pictures = c.Items.Any(i => i.MediaType.StartsWith("image/", StringComparison.Ordinal) && i.Properties != "cover-image");
        Meta(x, "schema:accessMode", "textual");
        if (pictures) Meta(x, "schema:accessMode", "visual");
        Meta(x, "schema:accessModeSufficient", "textual");
        foreach (var feature in new[] { "structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability" })
            Meta(x, "schema:accessibilityFeature", feature);
        if (pictures) Meta(x, "schema:accessibilityFeature", "alternativeText");
        Meta(x, "schema:accessibilityHazard", "none");
        Meta(x, "schema:accessibilitySummary",
            "Reflowable text with headings in order, a navigable table of contents and the reading order of the source" +
            (pictures ? "; pictures carry the source's alternative text." : "."));
    }

    private static void Meta(XmlWriter x, string property, string value)
    {
        x.WriteStartElement("meta", OpfNs);
        x.WriteAttributeString("property", property);
        x.WriteString(value);
        x.WriteEndElement();
    }
}
