using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Measuring;

/// <summary>One laid-out line: the [Start, End) range of the paragraph's text (its runs' texts joined) and its width in points.</summary>
internal readonly record struct MeasuredLine(int Start, int End, double Width);

/// <summary>
/// Breaks a paragraph into lines with real shaping and line breaking. The planner needs only the line ranges:
/// line heights are fixed by the theme (every line is written with an exact height).
/// </summary>
internal interface ITextMeasurer
{
    /// <returns>At least one line (an empty paragraph is one empty line).</returns>
    IReadOnlyList<MeasuredLine> BreakLines(IReadOnlyList<SlideRun> runs, double fontSize, double width);

    /// <summary>Height (ascent + descent) of a formula typeset in display style, in ems.</summary>
    double DisplayHeightEm(GoOverview.Model.Formula formula);
}
