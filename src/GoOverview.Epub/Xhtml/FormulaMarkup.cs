using GoOverview.Epub.Packaging;
using GoOverview.Formulas.Output;
using GoOverview.Formulas.Parsing;
using GoOverview.Model;

namespace GoOverview.Epub.Xhtml;

/// <summary>Formulas as MathML, and the manifest property EPUB requires on a content document that has MathML.</summary>
internal static class FormulaMarkup
{
    private static ReadOnlySpan<byte> MathElement => "<math xmlns=\"http://www.w3.org/1998/Math/MathML\""u8;

    public static string MathML(Formula formula) =>
        MathMLWriter.Write(TexParser.Parse(formula.Tex).Root, formula.Display, formula.Tex);

    public static PackageItem Item(string id, string path, string mediaType, byte[] xhtml) =>
        new(id, path, mediaType, xhtml, xhtml.AsSpan().IndexOf(MathElement) >= 0 ? "mathml" : "");
}
