using System.Runtime.InteropServices;
using GoOverview.Formulas.Parsing;
using GoOverview.Layout.Equations;
using HarfBuzzSharp;

namespace GoOverview.Layout.Tests;

/// <summary>
/// The equation layout checked against the math font's own MATH table, read here independently through HarfBuzz:
/// the fraction bar on the math axis, superscript shifts, delimiters that grow around a tall fraction, display
/// operators at their display size.
/// </summary>
public sealed partial class EquationGeometryTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private const float Size = 20;
    private const float Tolerance = 0.01f;

    private EquationBox Layout(string tex, bool display = false) =>
        new EquationLayouter(engine.Fonts).Layout(TexParser.Parse(tex).Root, display, Size);

    [Fact]
    public void The_fraction_bar_sits_on_the_math_axis_with_the_rule_thickness_of_the_font()
    {
        using var math = new MathFont(engine.Library.Math!.Path);
        var bar = Assert.Single(Layout(@"\frac{a}{b}").Rules);

        Assert.Equal(math.Points(OpenTypeMathConstant.AxisHeight, Size), bar.Bottom + bar.Height / 2, Tolerance);
        Assert.Equal(math.Points(OpenTypeMathConstant.FractionRuleThickness, Size), bar.Height, Tolerance);
    }

    [Fact]
    public void A_superscript_on_a_letter_rises_by_the_superscript_shift_of_the_font()
    {
        using var math = new MathFont(engine.Library.Math!.Path);
        var equation = Layout("x^2");
        var two = equation.Glyphs[^1];

        var expected = Math.Max(math.Points(OpenTypeMathConstant.SuperscriptShiftUp, Size), math.Points(OpenTypeMathConstant.SuperscriptBottomMin, Size));
        Assert.Equal(expected, two.Y, Tolerance);
        // Script size from the font's percentage, not a fixed ratio.
        Assert.Equal(Size * math.Constant(OpenTypeMathConstant.ScriptPercentScaleDown) / 100f, two.Size, Tolerance);
        Assert.Equal(0, equation.Glyphs[0].Y);
    }

    [Fact]
    public void Parentheses_around_a_fraction_grow_to_cover_it()
    {
        using var math = new MathFont(engine.Library.Math!.Path);
        var plain = Layout("(a)");
        var grown = Layout(@"\left( \frac{a}{b} \right)");
        var fraction = Layout(@"\frac{a}{b}");

        var (plainTop, plainBottom) = math.InkSpan(plain.Glyphs[0]);
        var (top, bottom) = grown.Glyphs.Where(g => g.X < 1).Select(math.InkSpan).Aggregate((a, b) => (Math.Max(a.Top, b.Top), Math.Min(a.Bottom, b.Bottom)));

        Assert.True(top - bottom > plainTop - plainBottom + 1, $"( is {top - bottom:0.0} pt tall, text ( {plainTop - plainBottom:0.0} pt");
        Assert.True(top >= fraction.Ascent * 0.9f && bottom <= -fraction.Descent * 0.9f,
            $"( spans {bottom:0.0}..{top:0.0}, the fraction {-fraction.Descent:0.0}..{fraction.Ascent:0.0}");
    }

    [Fact]
    public void A_display_sum_is_at_least_the_display_operator_height_and_taller_than_in_text()
    {
        using var math = new MathFont(engine.Library.Math!.Path);
        var text = Layout(@"\sum_{i=1}^{n} i");
        var display = Layout(@"\sum_{i=1}^{n} i", display: true);
        var (textTop, textBottom) = math.InkSpan(text.Glyphs[0]);
        var (top, bottom) = math.InkSpan(display.Glyphs[0]);

        Assert.True(top - bottom > (textTop - textBottom) * 1.2f, $"display ∑ {top - bottom:0.0} pt, text ∑ {textTop - textBottom:0.0} pt");
        // Limits go above and below in display style, beside the operator in text style.
        Assert.True(display.Ascent > text.Ascent && display.Width < text.Width + Size);
    }

    /// <summary>The math font opened on its own with HarfBuzz (not through the layouter's face).</summary>
    private sealed partial class MathFont : IDisposable
    {
        private readonly Blob _blob;
        private readonly Face _face;
        private readonly Font _font;

        public MathFont(string path)
        {
            _blob = Blob.FromFile(path);
            _face = new Face(_blob, 0);
            _font = new Font(_face);
            Assert.NotEqual(0, hb_ot_math_has_data(_face.Handle));
        }

        public int Constant(OpenTypeMathConstant constant) => hb_ot_math_get_constant(_font.Handle, (int)constant);

        public float Points(OpenTypeMathConstant constant, float size) => Constant(constant) * size / _face.UnitsPerEm;

        /// <summary>Top and bottom of a placed glyph's ink, in points above the formula's baseline.</summary>
        public (float Top, float Bottom) InkSpan(EquationGlyph glyph)
        {
            Assert.True(_font.TryGetGlyphExtents(glyph.Glyph, out var extents));
            var scale = glyph.Size / _face.UnitsPerEm;
            return (glyph.Y + extents.YBearing * scale, glyph.Y + (extents.YBearing + extents.Height) * scale);
        }

        public void Dispose()
        {
            _font.Dispose();
            _face.Dispose();
            _blob.Dispose();
        }

        [LibraryImport("libHarfBuzzSharp")] private static partial int hb_ot_math_has_data(IntPtr face);
        [LibraryImport("libHarfBuzzSharp")] private static partial int hb_ot_math_get_constant(IntPtr font, int constant);
    }
}
