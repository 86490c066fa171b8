using GoOverview.Fonts;

namespace GoOverview.Layout.Equations;

/// <summary>One glyph of a laid-out formula. X from the box's left edge, Y the baseline shift (positive = up), points.</summary>
public sealed record EquationGlyph(FontFile Font, float Size, ushort Glyph, float X, float Y);

/// <summary>A filled rectangle (fraction bar, radical overbar, overline): X from the left edge, Bottom above the baseline.</summary>
public sealed record EquationRule(float X, float Bottom, float Width, float Height);

/// <summary>
/// A typeset formula: Width × (Ascent + Descent) points around its baseline, with the glyphs and rules to draw and the
/// linear text a PDF reader copies (<see cref="Text"/>, never TeX).
/// </summary>
public sealed record EquationBox(float Width, float Ascent, float Descent, IReadOnlyList<EquationGlyph> Glyphs,
    IReadOnlyList<EquationRule> Rules, string Text);
