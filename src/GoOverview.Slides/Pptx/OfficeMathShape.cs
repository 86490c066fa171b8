using System.Xml.Linq;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pptx;

/// <summary>
/// A text box with formulas as PowerPoint writes one: an mc:AlternateContent whose choice is the text box with Office
/// Math (a14:m) in its paragraphs, and whose fallback is the same box filled with a picture of its text, for readers
/// without Office Math (LibreOffice, viewers, converters). The picture's description is the text with each
/// formula in its linear form.
/// </summary>
internal static class OfficeMathShape
{
    private static readonly XNamespace Mc = Ns.Mc;
    private static readonly XNamespace A = Ns.A;
    private static readonly XNamespace P = Ns.P;

    public static bool HasFormula(IEnumerable<SlideParagraph> paragraphs) => paragraphs.Any(p => p.Runs.Any(r => r.Formula is not null));

    /// <param name="textShape">The text box as built, each formula a run-level mc:AlternateContent (<see cref="FormulaXml"/>).</param>
    /// <param name="picture">The picture of the box's text (transparent, cut below its last line) and where it lies.</param>
    public static XElement Wrap(XElement textShape, (string RelationshipId, Box Box) picture)
    {
        var choice = new XElement(textShape);
        foreach (var formula in choice.Descendants(Mc + "AlternateContent").ToList())
            formula.ReplaceWith(formula.Element(Mc + "Choice")!.Elements());

        // A picture, not the placeholder filled with it: LibreOffice does not draw an empty placeholder's fill.
        var id = (int)textShape.Descendants(P + "cNvPr").First().Attribute("id")!;
        var fallback = PictureXml.Picture(id, picture.RelationshipId, picture.Box, Description(textShape));

        return Ns.OfficeMathAlternative(choice, fallback);
    }

    /// <summary>The box's text, paragraph by paragraph, formulas by their linear text (the run-level fallbacks).</summary>
    private static string Description(XElement textShape) => string.Join("\n",
        textShape.Descendants(A + "p").Select(p => string.Concat(p.Descendants(A + "t")
            .Where(t => !t.Ancestors(Mc + "Choice").Any()).Select(t => t.Value))).Where(t => t.Length > 0));
}
