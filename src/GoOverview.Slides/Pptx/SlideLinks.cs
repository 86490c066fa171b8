using GoOverview.Model.Links;
using GoOverview.Export;
using GoOverview.Export.Packaging;
using System.Xml.Linq;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Pptx.Package;

namespace GoOverview.Slides.Pptx;

/// <summary>
/// Hyperlinks of one slide: an external URL becomes an external relationship; "#id" jumps to the slide that shows
/// that heading. Each target gets one relationship per slide.
/// </summary>
internal sealed class SlideLinks(OpcPart slide, IReadOnlyDictionary<string, OpcPart> anchors, DiagnosticBag diagnostics)
{
    private readonly Dictionary<string, XElement?> _made = new(StringComparer.Ordinal);

    public XElement? Make(string url, SourceLocation? location)
    {
        if (_made.TryGetValue(url, out var made)) return made;
        made = Create(url, location);
        _made[url] = made;
        return made;
    }

    private XElement? Create(string url, SourceLocation? location)
    {
        var id = $"rIdLink{_made.Count + 1}";
        if (url.StartsWith('#'))
        {
            if (!anchors.TryGetValue(url[1..], out var target))
            {
                diagnostics.ReportOnce(InternalLinks.KeyFor(url[1..]), new Diagnostic(Severity.Warning, "link-target-missing",
                    $"link '{url}' points at no heading shown on the slides; it is kept as plain text", location));
                return null;
            }
            if (target == slide) return null;
            id = slide.Relate(RelationshipTypes.Slide, target, id);
            return new XElement(Ns.A + "hlinkClick", new XAttribute(Ns.R + "id", id), new XAttribute("action", "ppaction://hlinksldjump"));
        }
        if (LinkPolicy.Classify(url) is not (LinkKind.External, var href) || !Uri.TryCreate(href, UriKind.Absolute, out var uri))
        {
            diagnostics.Warning("link-unusable", $"link '{url}' is not a web or mail address; it is kept as plain text on the slides", location);
            return null;
        }
        id = slide.RelateExternal(RelationshipTypes.Hyperlink, uri.AbsoluteUri, id);
        return new XElement(Ns.A + "hlinkClick", new XAttribute(Ns.R + "id", id));
    }
}
