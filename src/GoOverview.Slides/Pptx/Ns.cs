using System.Xml.Linq;

namespace GoOverview.Slides.Pptx;

/// <summary>XML namespaces of PresentationML and DrawingML.</summary>
internal static class Ns
{
    public static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    public static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";
    public static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    public static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    public static readonly XNamespace A14 = "http://schemas.microsoft.com/office/drawing/2010/main";
    public static readonly XNamespace M = "http://schemas.openxmlformats.org/officeDocument/2006/math";

    /// <summary>
    /// Office Math content behind an mc:AlternateContent, with a fallback for readers without it. "a14 m": LibreOffice
    /// claims a14 but cannot show a14:m; requiring m as well sends it to the fallback.
    /// </summary>
    /// <param name="fallback">The fallback's content: an element or elements.</param>
    public static XElement OfficeMathAlternative(XElement choice, object fallback) =>
        new(Mc + "AlternateContent",
            new XAttribute(XNamespace.Xmlns + "mc", Mc.NamespaceName),
            new XElement(Mc + "Choice",
                new XAttribute(XNamespace.Xmlns + "a14", A14.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "m", M.NamespaceName),
                new XAttribute("Requires", "a14 m"),
                choice),
            new XElement(Mc + "Fallback", fallback));

    /// <summary>The namespace declarations every part root carries (prefixes a, r, p as PowerPoint writes them).</summary>
    public static XAttribute[] Declarations() =>
    [
        new(XNamespace.Xmlns + "a", A.NamespaceName),
        new(XNamespace.Xmlns + "r", R.NamespaceName),
        new(XNamespace.Xmlns + "p", P.NamespaceName),
    ];
}
