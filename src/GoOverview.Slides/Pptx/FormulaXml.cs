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
    public static XElement Element(Formula formula, string textFamily, IEnumerable<XElement> fallbackRuns)
    {
        var host = new OmmlHost("a", Ns.A.NamespaceName,
            MathRunProperties: "<a:rPr lang=\"en-US\"><a:latin typeface=\"Cambria Math\"/></a:rPr>",
            TextRunProperties: $"<a:rPr lang=\"zh-CN\"><a:latin typeface=\"Cambria Math\"/><a:ea typeface=\"{System.Security.SecurityElement.Escape(textFamily)}\"/></a:rPr>",
            CodeRunProperties: "<a:rPr lang=\"en-US\"><a:latin typeface=\"Consolas\"/></a:rPr>");
        // Display (m:oMathPara) only for an equation alone in its paragraph: the planner makes every other formula inline.
        var omml = XElement.Parse(OmmlWriter.Write(TexParser.Parse(formula.Tex).Root, formula.Display, host));
        return Ns.OfficeMathAlternative(new XElement(Ns.A14 + "m", omml), fallbackRuns.ToList());
    }
}
