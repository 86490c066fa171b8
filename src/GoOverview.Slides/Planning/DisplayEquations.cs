using GoOverview.Model;

namespace GoOverview.Slides.Planning;

internal sealed partial class BodyBuilder
{
    /// <summary>
    /// A paragraph that is one display equation ($$…$$ alone) as a slide paragraph of its own: centred, display style,
    /// never condensed; null for any other paragraph (its formulas stay in the text, in text style).
    /// </summary>
    public SlideParagraph? DisplayEquation(Paragraph paragraph, int level)
    {
        if (measurer is null || Formula.DisplayEquationOf(paragraph) is not { } formula) return null;
        // A taller equation (a long matrix) is set smaller so that its line fits the body box at any body size.
        var height = measurer.DisplayHeightEm(formula);
        var scale = height > MaxDisplayHeightEm ? MaxDisplayHeightEm / height : 1;
        var run = new SlideRun(GoOverview.Layout.StyledRun.ObjectReplacement, RunStyle.Plain, null, formula, scale);
        return new SlideParagraph([run], level, ParagraphMarker.None, 0, false, paragraph.Location)
        {
            DisplayHeightEm = height * scale,
        };
    }

    /// <summary>Tallest display equation on a slide, in ems of the body text: with its em of air it fits the body box at 24 pt.</summary>
    private const double MaxDisplayHeightEm = 12;
}
