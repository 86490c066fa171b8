using GoOverview.Layout;
using GoOverview.Model;

namespace GoOverview.Pdf.Flow;

/// <summary>The inherited text style while walking inlines.</summary>
internal sealed record InlineStyle(
    FaceKind Face,
    float Size,
    RgbColor Color,
    TextDecorations Decorations = TextDecorations.None,
    float Rise = 0,
    string? Link = null,
    RgbColor? Background = null,
    bool ColorFixed = false)
{
    public StyledRun Run(string text) => new(text, Face, Size, Color, Decorations, Rise, Link, Background);
}
