using GoOverview.Fonts;
using HarfBuzzSharp;

namespace GoOverview.Layout.Equations;

/// <summary>The math font with its OpenType MATH table: constants, glyph metrics, variants and assemblies, in font units.</summary>
internal sealed class MathFace
{
    private readonly ShapingFace _face;
    private readonly Dictionary<int, int> _constants = new();

    public MathFace(FontFile file, ShapingFace face)
    {
        File = file;
        _face = face;
        UnitsPerEm = face.UnitsPerEm;
    }

    public FontFile File { get; }
    public int UnitsPerEm { get; }
    private IntPtr Handle => _face.Font.Handle;

    public int Constant(OpenTypeMathConstant constant)
    {
        var key = (int)constant;
        if (!_constants.TryGetValue(key, out var value))
            _constants[key] = value = MathTableInterop.hb_ot_math_get_constant(Handle, key);
        return value;
    }

    public bool TryGetGlyph(int codePoint, out ushort glyph)
    {
        glyph = 0;
        if (!_face.Font.TryGetGlyph((uint)codePoint, out var id) || id == 0) return false;
        glyph = (ushort)id;
        return true;
    }

    public int Advance(ushort glyph) => _face.Font.GetHorizontalGlyphAdvance(glyph);

    /// <summary>Ink box: left bearing, width, top (above the baseline) and bottom (below, positive).</summary>
    public (int Left, int Width, int Top, int Bottom) Ink(ushort glyph) =>
        _face.Font.TryGetGlyphExtents(glyph, out var e) ? (e.XBearing, e.Width, e.YBearing, -(e.YBearing + e.Height)) : (0, 0, 0, 0);

    public int ItalicCorrection(ushort glyph) => MathTableInterop.hb_ot_math_get_glyph_italics_correction(Handle, glyph);

    /// <summary>The top accent attachment, or null when the font gives none (hb returns half the advance then).</summary>
    public int TopAccentAttachment(ushort glyph) => MathTableInterop.hb_ot_math_get_glyph_top_accent_attachment(Handle, glyph);

    public int MinConnectorOverlap(bool vertical) =>
        MathTableInterop.hb_ot_math_get_min_connector_overlap(Handle, vertical ? MathTableInterop.Vertical : MathTableInterop.Horizontal);

    public unsafe MathTableInterop.GlyphVariant[] Variants(ushort glyph, bool vertical)
    {
        var direction = vertical ? MathTableInterop.Vertical : MathTableInterop.Horizontal;
        uint count = 0;
        var total = MathTableInterop.hb_ot_math_get_glyph_variants(Handle, glyph, direction, 0, &count, null);
        if (total == 0) return [];
        var variants = new MathTableInterop.GlyphVariant[total];
        count = total;
        fixed (MathTableInterop.GlyphVariant* pointer = variants)
            MathTableInterop.hb_ot_math_get_glyph_variants(Handle, glyph, direction, 0, &count, pointer);
        return variants[..(int)count];
    }

    public unsafe MathTableInterop.GlyphPart[] Assembly(ushort glyph, bool vertical)
    {
        var direction = vertical ? MathTableInterop.Vertical : MathTableInterop.Horizontal;
        uint count = 0;
        int italic;
        var total = MathTableInterop.hb_ot_math_get_glyph_assembly(Handle, glyph, direction, 0, &count, null, &italic);
        if (total == 0) return [];
        var parts = new MathTableInterop.GlyphPart[total];
        count = total;
        fixed (MathTableInterop.GlyphPart* pointer = parts)
            MathTableInterop.hb_ot_math_get_glyph_assembly(Handle, glyph, direction, 0, &count, pointer, &italic);
        return parts[..(int)count];
    }
}
