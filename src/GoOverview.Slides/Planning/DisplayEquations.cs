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
        var run = new SlideRun(GoOverview.Layout.StyledRun.ObjectReplacement, RunStyle.Plain, null, formula);
        return new SlideParagraph([run], level, ParagraphMarker.None, 0, false, paragraph.Location)
        {
            DisplayHeightEm = measurer.DisplayHeightEm(formula),
        };
    }
}
