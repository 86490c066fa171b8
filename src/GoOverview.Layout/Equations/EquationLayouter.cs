using GoOverview.Fonts;
using GoOverview.Formulas.Output;
using GoOverview.Formulas.Tree;
using HarfBuzzSharp;

namespace GoOverview.Layout.Equations;

/// <summary>
/// Typesets a formula on the OpenType MATH table of the bundled math font, TeX's way: atom classes and their
/// spacing, four styles, scripts and limits, fractions, radicals, stretchy delimiters (size variants, then glyph
/// assemblies), accents at their attachment points, and arrays. Glyph ids refer to <paramref name="fonts"/>'s data,
/// so a PDF embeds exactly the faces the formula was set with. Not thread-safe (one per writer).
/// </summary>
public sealed partial class EquationLayouter(ShapingFonts fonts)
{
    private readonly FontLibrary _library = fonts.Library;
    private MathFace? _mathFace;
    private float _base;

    private MathFace Face => _mathFace ??= new MathFace(
        _library.Math ?? throw new InvalidOperationException("the bundled math font is missing"),
        fonts.FaceOf(_library.Math));

    /// <summary>Lays out <paramref name="root"/> at <paramref name="size"/> points, in display or text style.</summary>
    public EquationBox Layout(MathNode root, bool display, float size)
    {
        _base = size;
        var box = Node(root, display ? MathStyle.Display : MathStyle.Text);
        return new EquationBox(System.Math.Max(0, box.Width), box.Ascent, box.Descent, box.Glyphs, box.Rules, MathLinearText.Of(root));
    }

    private float Size(MathStyle style) => style.Level switch
    {
        2 => _base * Percent(OpenTypeMathConstant.ScriptPercentScaleDown, 70),
        3 => _base * Percent(OpenTypeMathConstant.ScriptScriptPercentScaleDown, 50),
        _ => _base,
    };

    private float Percent(OpenTypeMathConstant constant, int fallback)
    {
        var value = Face.Constant(constant);
        return (value > 0 ? value : fallback) / 100f;
    }

    /// <summary>A MATH constant in points at <paramref name="size"/>.</summary>
    private float C(OpenTypeMathConstant constant, float size) => Face.Constant(constant) * size / Face.UnitsPerEm;

    private float Units(int fontUnits, float size) => fontUnits * size / Face.UnitsPerEm;

    private MathBox Node(MathNode node, MathStyle style) => node switch
    {
        MathRow row => Row(row.Items, style),
        MathAtom atom => Atom(atom, style),
        MathScripts scripts => Scripts(scripts, style),
        MathFraction fraction => Fraction(fraction, style),
        MathRadical radical => Radical(radical, style),
        MathDelimited delimited => Delimited(delimited, style),
        MathAccent accent => Accent(accent, style),
        MathOverUnder overUnder => OverUnder(overUnder, style),
        MathTable table => Table(table, style),
        MathSpace space => new MathBox { Width = (float)space.Em * Size(style), IsSpace = true },
        MathText text => Text(text.Text, _library.Regular, Size(style)),
        MathStyled styled => Node(styled.Body, styled.Display ? MathStyle.Display : MathStyle.Text),
        MathUnknown unknown => Text(unknown.Tex, _library.Mono, Size(style)),
        _ => new MathBox(),
    };

    /// <summary>
    /// A sequence with TeX's spacing. <paramref name="leadingOperand"/>: the row continues something on its left (the
    /// right-hand cell of "a &amp;= b"), so a leading relation or binary operator keeps its space.
    /// </summary>
    private MathBox Row(IReadOnlyList<MathNode> items, MathStyle style, bool leadingOperand = false)
    {
        if (items.Count == 1 && !leadingOperand) return Node(items[0], style);
        var boxes = new List<MathBox>(items.Count);
        foreach (var item in items) boxes.Add(Node(item, style));
        FixBinaryClasses(boxes, leadingOperand);

        var size = Size(style);
        var row = new MathBox();
        SpacingClass? previous = leadingOperand ? SpacingClass.Ord : null;
        var x = 0f;
        foreach (var box in boxes)
        {
            if (!box.IsSpace)
            {
                if (previous is { } left) x += SpacingClasses.Between(left, box.Class, style.IsScript) * size;
                previous = box.Class;
            }
            row.Place(box, x, 0);
            x += box.Width;
        }
        row.Width = x;
        var last = boxes.LastOrDefault(b => !b.IsSpace);
        row.Italic = last?.Italic ?? 0;
        return row;
    }

    /// <summary>A binary operator with no left operand (a leading minus) or no right one is an ordinary symbol.</summary>
    private static void FixBinaryClasses(List<MathBox> boxes, bool leadingOperand)
    {
        SpacingClass? previous = leadingOperand ? SpacingClass.Ord : null;
        foreach (var box in boxes)
        {
            if (box.IsSpace) continue;
            if (box.Class == SpacingClass.Bin && previous is null or SpacingClass.Bin or SpacingClass.Op or SpacingClass.Rel or SpacingClass.Open or SpacingClass.Punct)
                box.Class = SpacingClass.Ord;
            previous = box.Class;
        }
        MathBox? next = null;
        for (var i = boxes.Count - 1; i >= 0; i--)
        {
            if (boxes[i].IsSpace) continue;
            if (boxes[i].Class == SpacingClass.Bin && next?.Class is null or SpacingClass.Rel or SpacingClass.Close or SpacingClass.Punct)
                boxes[i].Class = SpacingClass.Ord;
            next = boxes[i];
        }
    }

    private MathBox Atom(MathAtom atom, MathStyle style)
    {
        var size = Size(style);
        if (atom.Size > 0 && atom.Text.Length > 0)
        {
            var sized = Stretch(atom.Text, (float)atom.Size * _base, size, vertical: true);
            sized.Class = SpacingClasses.Of(atom.Kind);
            return sized;
        }
        if (atom.Kind == MathAtomKind.LargeOperator) return LargeOperator(atom, style);
        var box = Text(MathAlphabets.Styled(atom), null, size);
        box.Class = SpacingClasses.Of(atom.Kind);
        return box;
    }

    private MathBox LargeOperator(MathAtom atom, MathStyle style)
    {
        var size = Size(style);
        var box = Text(atom.Text, null, size);
        if (style.IsDisplay && box.IsSingleGlyph && Face.TryGetGlyph(char.ConvertToUtf32(atom.Text, 0), out var glyph))
        {
            // The smallest variant at least DisplayOperatorMinHeight tall, else the tallest there is.
            var minimum = C(OpenTypeMathConstant.DisplayOperatorMinHeight, size);
            var variants = Face.Variants(glyph, vertical: true);
            if (variants.Length > 0)
            {
                var chosen = variants.FirstOrDefault(v => Units(v.Advance, size) >= minimum, variants[^1]);
                box = GlyphBox((ushort)chosen.Glyph, size);
            }
        }
        var centered = CenterOnAxis(box, size);
        centered.Class = SpacingClass.Op;
        centered.Italic = box.Italic;
        centered.IsSingleGlyph = true;
        return centered;
    }

    /// <summary>The box shifted so its middle sits on the math axis (large operators, delimiters, arrays).</summary>
    private MathBox CenterOnAxis(MathBox box, float size)
    {
        var shift = C(OpenTypeMathConstant.AxisHeight, size) - (box.Ascent - box.Descent) / 2;
        var centered = new MathBox { Width = box.Width, Class = box.Class, Italic = box.Italic };
        centered.Place(box, 0, shift);
        return centered;
    }

    /// <summary>A math glyph by id as a box: advance width, ink height, italic correction, accent attachment.</summary>
    private MathBox GlyphBox(ushort glyph, float size)
    {
        var ink = Face.Ink(glyph);
        var box = new MathBox
        {
            Width = Units(Face.Advance(glyph), size),
            Italic = Units(Face.ItalicCorrection(glyph), size),
            TopAccent = Units(Face.TopAccentAttachment(glyph), size),
            IsSingleGlyph = true,
        };
        box.Glyphs.Add(new EquationGlyph(Face.File, size, glyph, 0, 0));
        box.Ascent = Units(ink.Top, size);
        box.Descent = Units(ink.Bottom, size);
        return box;
    }

    /// <summary>
    /// Characters set one after another: from the math face when it has them (or <paramref name="face"/> when given),
    /// otherwise from the first bundled face that covers them.
    /// </summary>
    private MathBox Text(string text, FontFile? face, float size)
    {
        var box = new MathBox();
        var x = 0f;
        var count = 0;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            count++;
            if (face is null && Face.TryGetGlyph(codePoint, out var mathGlyph))
            {
                var glyphBox = GlyphBox(mathGlyph, size);
                box.Place(glyphBox, x, 0);
                x += glyphBox.Width;
                box.Italic = glyphBox.Italic;
                box.TopAccent = glyphBox.TopAccent;
                continue;
            }
            var file = _library.FindCovering(codePoint, face ?? _library.Regular) ?? _library.Regular;
            var shaping = fonts.FaceOf(file);
            if (!shaping.Font.TryGetGlyph((uint)codePoint, out var id)) shaping.Font.TryGetGlyph(FontLibrary.Placeholder, out id);
            var scale = size / shaping.UnitsPerEm;
            box.Glyphs.Add(new EquationGlyph(file, size, (ushort)id, x, 0));
            if (shaping.Font.TryGetGlyphExtents(id, out var extents))
            {
                box.Ascent = System.Math.Max(box.Ascent, extents.YBearing * scale);
                box.Descent = System.Math.Max(box.Descent, -(extents.YBearing + extents.Height) * scale);
            }
            x += shaping.Font.GetHorizontalGlyphAdvance(id) * scale;
            box.Italic = 0;
        }
        box.Width = x;
        box.IsSingleGlyph = count == 1;
        if (count != 1) box.TopAccent = null;
        return box;
    }
}
