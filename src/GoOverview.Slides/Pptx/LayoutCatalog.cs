using GoOverview.Export.Packaging;
using System.Xml.Linq;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Pptx.Package;

namespace GoOverview.Slides.Pptx;

/// <summary>A slide layout of the template and the placeholders it offers (so slides only reference placeholders that exist).</summary>
internal sealed record LayoutChoice(OpcPart Part, string Name, IReadOnlyList<PlaceholderRef> Placeholders)
{
    /// <summary>The layout's placeholder of one of the given types (null type = generic content), or null.</summary>
    public PlaceholderRef? Find(params string?[] types) =>
        types.Select(t => Placeholders.FirstOrDefault(p => p.Type == t || (t == "body" && p.Type is null && p.Index is not null)))
            .FirstOrDefault(p => p is not null);
}

/// <summary>
/// Finds the three layouts the deck uses by name ("Title Slide", "Section Header", "Title and Content"), then by
/// layout type, then falls back to the content layout; a fallback is reported.
/// </summary>
internal sealed class LayoutCatalog
{
    private readonly List<LayoutChoice> _layouts = new();

    public LayoutCatalog(OpcPackage package, OpcPart presentation, DiagnosticBag diagnostics)
    {
        foreach (var master in package.RelatedByType(presentation, RelationshipTypes.SlideMaster))
            foreach (var part in package.RelatedByType(master, RelationshipTypes.SlideLayout))
                _layouts.Add(Describe(part));
        if (_layouts.Count == 0) throw new ContentException("the slide template has no slide layouts");
        Content = Pick(TemplateXml.TitleAndContentLayout, ["obj", "tx"], null, diagnostics);
        Title = Pick(TemplateXml.TitleSlideLayout, ["title"], Content, diagnostics);
        Section = Pick(TemplateXml.SectionHeaderLayout, ["secHead"], Title, diagnostics);
    }

    public LayoutChoice Title { get; }

    public LayoutChoice Section { get; }

    public LayoutChoice Content { get; }

    private LayoutChoice Pick(string name, string[] types, LayoutChoice? fallback, DiagnosticBag diagnostics)
    {
        var byName = _layouts.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase));
        if (byName is not null) return byName;
        var byType = _layouts.FirstOrDefault(l => types.Contains(TypeOf(l.Part)));
        var chosen = byType ?? fallback ?? _layouts.FirstOrDefault(l => l.Find("body") is not null) ?? _layouts[0];
        diagnostics.Info("pptx-layout-fallback", $"the slide template has no layout named \"{name}\"; using \"{chosen.Name}\"");
        return chosen;
    }

    private static string TypeOf(OpcPart part) => (string?)part.ReadXml().Attribute("type") ?? "";

    private static LayoutChoice Describe(OpcPart part)
    {
        var root = part.ReadXml();
        var name = (string?)root.Element(Ns.P + "cSld")?.Attribute("name") ?? "";
        var placeholders = root.Descendants(Ns.P + "ph")
            .Select(ph => new PlaceholderRef((string?)ph.Attribute("type"), (uint?)ph.Attribute("idx"), (string?)ph.Attribute("sz")))
            .ToList();
        return new LayoutChoice(part, name, placeholders);
    }
}
