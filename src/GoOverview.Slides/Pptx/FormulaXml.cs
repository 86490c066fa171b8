using System.Xml.Linq;
using GoOverview.Formulas.Output;
using GoOverview.Formulas.Parsing;
using GoOverview.Model;

namespace GoOverview.Slides.Pptx;

/// <summary>
/// A formula in a slide paragraph: Office Math inside a14:m, behind an mc:AlternateContent whose fallback is the
/// formula's linear text in ordinary runs. A text box with formulas is wrapped again as a whole
/// (<see cref="OfficeMathShape"/>, a picture fallback); table cells keep this run-level fallback.
/// </summary>
internal static class FormulaXml
{
    private static readonly XNamespace Mc = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static readonly XNamespace A14 = "http://schemas.microsoft.com/office/drawing/2010/main";

    public static XElement Element(Formula formula, string textFamily, IEnumerable<XElement> fallbackRuns)
    {
        var host = new OmmlHost("a", Ns.A.NamespaceName,
            MathRunProperties: "<a:rPr lang=\"en-US\"><a:latin typeface=\"Cambria Math\"/></a:rPr>",
            TextRunProperties: $"<a:rPr lang=\"zh-CN\"><a:latin typeface=\"Cambria Math\"/><a:ea typeface=\"{System.Security.SecurityElement.Escape(textFamily)}\"/></a:rPr>",
            CodeRunProperties: "<a:rPr lang=\"en-US\"><a:latin typeface=\"Consolas\"/></a:rPr>");
        // Display (m:oMathPara) only for an equation alone in its paragraph: the planner makes every other formula inline.
        var omml = XElement.Parse(OmmlWriter.Write(TexParser.Parse(formula.Tex).Root, formula.Display, host));
        return new XElement(Mc + "AlternateContent",
            new XAttribute(XNamespace.Xmlns + "mc", Mc.NamespaceName),
            // "a14 m": LibreOffice claims a14 but cannot show a14:m, so it takes the fallback only if m is required too.
            new XElement(Mc + "Choice",
                new XAttribute(XNamespace.Xmlns + "a14", A14.NamespaceName),
                new XAttribute(XNamespace.Xmlns + "m", "http://schemas.openxmlformats.org/officeDocument/2006/math"),
                new XAttribute("Requires", "a14 m"),
                new XElement(A14 + "m", omml)),
            new XElement(Mc + "Fallback", fallbackRuns));
    }
}
