using System.Xml.Linq;
using GoOverview.Model;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>A callout's box as two plain rectangles behind the body text: the tint, and the coloured rule on its left.</summary>
internal static class CalloutBandXml
{
    private static readonly XNamespace A = Ns.A;
    private static readonly XNamespace P = Ns.P;

    public static XElement[] Shapes(int firstId, CalloutBand band) =>
    [
        Rectangle(firstId, "Callout " + firstId, band.Box, band.Tint),
        Rectangle(firstId + 1, "Callout Rule " + (firstId + 1), band.Box with { Width = CalloutBand.RuleWidth }, band.Rule),
    ];

    private static XElement Rectangle(int id, string name, Box box, RgbColor color) =>
        new(P + "sp",
            new XElement(P + "nvSpPr",
                new XElement(P + "cNvPr", new XAttribute("id", id), new XAttribute("name", name)),
                new XElement(P + "cNvSpPr"),
                new XElement(P + "nvPr")),
            new XElement(P + "spPr",
                ShapeXml.Transform(box),
                new XElement(A + "prstGeom", new XAttribute("prst", "rect"), new XElement(A + "avLst")),
                new XElement(A + "solidFill", new XElement(A + "srgbClr", new XAttribute("val", color.ToHex()))),
                new XElement(A + "ln", new XElement(A + "noFill"))));
}
