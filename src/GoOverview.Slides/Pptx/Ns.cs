using System.Xml.Linq;

namespace GoOverview.Slides.Pptx;

/// <summary>XML namespaces of PresentationML and DrawingML.</summary>
internal static class Ns
{
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>The namespace declarations every part root carries (prefixes a, r, p as PowerPoint writes them).</summary>
    public static XAttribute[] Declarations() =>
    [
        new(XNamespace.Xmlns + "a", A.NamespaceName),
        new(XNamespace.Xmlns + "r", R.NamespaceName),
        new(XNamespace.Xmlns + "p", P.NamespaceName),
    ];
}
