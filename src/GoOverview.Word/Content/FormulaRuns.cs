using DocumentFormat.OpenXml;
using GoOverview.Formulas.Output;
using GoOverview.Formulas.Parsing;
using GoOverview.Model;
using GoOverview.Word.Styles;
using M = DocumentFormat.OpenXml.Math;

namespace GoOverview.Word.Content;

/// <summary>Formulas as Office Math, editable in Word and WPS: m:oMath inline, m:oMathPara for a display equation.</summary>
internal static class FormulaRuns
{
    private const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly OmmlHost Host = new("w", WordNamespace,
        MathRunProperties: "<w:rPr><w:rFonts w:ascii=\"Cambria Math\" w:hAnsi=\"Cambria Math\"/></w:rPr>",
        TextRunProperties: $"<w:rPr><w:rFonts w:ascii=\"Cambria Math\" w:eastAsia=\"{DefaultStyles.EastAsianFont}\" w:hAnsi=\"Cambria Math\"/></w:rPr>",
        CodeRunProperties: $"<w:rPr><w:rFonts w:ascii=\"{DefaultStyles.MonoFont}\" w:hAnsi=\"{DefaultStyles.MonoFont}\"/><w:noProof/></w:rPr>");

    public static OpenXmlElement Element(Formula formula)
    {
        var xml = OmmlWriter.Write(TexParser.Parse(formula.Tex).Root, formula.Display, Host);
        return formula.Display ? new M.Paragraph(xml) : new M.OfficeMath(xml);
    }
}
