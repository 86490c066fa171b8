using GoOverview.Fonts;
using GoOverview.Model;

namespace GoOverview.Layout;

/// <summary>
/// Glyphs of one style and one font on one line, positioned for drawing. X holds each glyph's pen position from the
/// line's left edge (justification included), Y each glyph's vertical offset (positive = up, Rise included).
/// Text is the run's characters and Clusters the UTF-8 byte offset into Text of the character each glyph draws —
/// exactly what a PDF text run needs for copy/paste. Glyph ids refer to <see cref="ShapingFonts.DataOf"/>.
/// A run with a Box is an inline object: draw the box at Left instead of the (placeholder) glyph.
/// </summary>
public sealed record GlyphRun(
    FontFile Font,
    float Size,
    RgbColor Color,
    TextDecorations Decorations,
    float Rise,
    string? Link,
    RgbColor? Background,
    ushort[] Glyphs,
    float[] X,
    float[] Y,
    string Text,
    uint[] Clusters,
    float Left,
    float Right,
    InlineBox? Box = null);

/// <summary>
/// One line of a paragraph. Top is measured from the paragraph's top; Baseline from the line's top. Width is the
/// width the glyphs occupy (after justification); Text is the line's characters (trailing spaces dropped).
/// </summary>
public sealed record LaidLine(
    float Top,
    float Height,
    float Baseline,
    float Left,
    float Width,
    string Text,
    IReadOnlyList<GlyphRun> Runs,
    bool IsLast);

/// <summary>A laid-out paragraph: its lines, total height and the widest line's right edge.</summary>
public sealed record ParagraphLayout(IReadOnlyList<LaidLine> Lines, float Height, float Width)
{
    public static readonly ParagraphLayout Empty = new(Array.Empty<LaidLine>(), 0, 0);
}
