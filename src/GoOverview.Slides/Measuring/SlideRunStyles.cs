using GoOverview.Layout;
using GoOverview.Layout.Equations;
using GoOverview.Model;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Measuring;

/// <summary>Slide runs → the text engine's styled runs: the face and size are what measuring needs; colour, decorations and links what drawing needs.</summary>
internal static class SlideRunStyles
{
    /// <summary>Presentation programs show hyperlinks in the theme's link colour, underlined.</summary>
    public static readonly RgbColor LinkColor = new(0x05, 0x63, 0xC1);

    public static StyledRun ToStyled(SlideRun run, double fontSize, EquationLayouter equations, RgbColor? defaultColor = null)
    {
        var style = run.Style;
        var face = style.Monospace ? (style.Bold ? FaceKind.MonoBold : style.Italic ? FaceKind.MonoItalic : FaceKind.Mono)
            : style.Bold ? FaceKind.Bold : FaceKind.Regular;
        var decorations = TextDecorations.None;
        if (style.Underline || run.LinkUrl is not null) decorations |= TextDecorations.Underline;
        if (style.Strikethrough) decorations |= TextDecorations.Strikethrough;
        var color = style.Color ?? (run.LinkUrl is not null ? LinkColor : defaultColor ?? RgbColor.Black);
        var size = (float)fontSize;
        var rise = style.Baseline switch
        {
            RunBaseline.Superscript => 0.3f * size,
            RunBaseline.Subscript => -0.25f * size,
            _ => 0f,
        };
        if (run.Formula is { } formula)
        {
            // Display style only for a display equation alone in its paragraph (its line is made that tall); in a line of text, text style.
            var equation = equations.Layout(GoOverview.Formulas.Parsing.TexParser.Parse(formula.Tex).Root, formula.Display, size * (float)run.FormulaScale);
            return StyledRun.ForBox(new InlineBox(equation.Width, equation.Ascent + equation.Descent, equation.Descent, equation), size, color, run.LinkUrl);
        }
        return new StyledRun(run.Text, face, size, color, decorations, rise, run.LinkUrl);
    }
}
