using GoOverview.Model;

namespace GoOverview.Slides.Planning;

internal enum RunBaseline
{
    Normal,
    Superscript,
    Subscript,
}

/// <summary>How a piece of slide text looks. Format-neutral: each slide writer maps it to its own run properties.</summary>
internal sealed record RunStyle(
    bool Bold = false,
    bool Italic = false,
    bool Underline = false,
    bool Strikethrough = false,
    bool Monospace = false,
    bool KeyTerm = false,
    RgbColor? Color = null,
    RunBaseline Baseline = RunBaseline.Normal)
{
    public static readonly RunStyle Plain = new();
}

/// <summary>
/// A piece of text with one style; LinkUrl is set for hyperlink text (external URL or "#id"). A formula run is set at
/// FormulaScale times the text size (below 1 only for a display equation too tall for a slide).
/// </summary>
internal sealed record SlideRun(string Text, RunStyle Style, string? LinkUrl = null, GoOverview.Model.Formula? Formula = null, double FormulaScale = 1);
