using System.Runtime.InteropServices;

namespace GoOverview.Layout.Equations;

/// <summary>
/// HarfBuzz's OpenType MATH API (hb-ot-math.h). HarfBuzzSharp exports the functions but wraps only the types, so we
/// call them directly, like <c>HbSubset</c> does for hb-subset.
/// </summary>
internal static partial class MathTableInterop
{
    private const string Lib = "libHarfBuzzSharp";

    /// <summary>hb_direction_t: horizontal variants use LTR, vertical ones TTB.</summary>
    public const int Horizontal = 4;
    public const int Vertical = 6;

    [StructLayout(LayoutKind.Sequential)]
    public struct GlyphVariant
    {
        public uint Glyph;
        public int Advance;
    }

    [StructLayout(LayoutKind.Sequential)]
    public struct GlyphPart
    {
        public uint Glyph;
        public int StartConnectorLength;
        public int EndConnectorLength;
        public int FullAdvance;
        public int Flags; // 1 = extender
    }

    [LibraryImport(Lib)] public static partial int hb_ot_math_has_data(IntPtr face);
    [LibraryImport(Lib)] public static partial int hb_ot_math_get_constant(IntPtr font, int constant);
    [LibraryImport(Lib)] public static partial int hb_ot_math_get_glyph_italics_correction(IntPtr font, uint glyph);
    [LibraryImport(Lib)] public static partial int hb_ot_math_get_glyph_top_accent_attachment(IntPtr font, uint glyph);
    [LibraryImport(Lib)] public static partial int hb_ot_math_get_min_connector_overlap(IntPtr font, int direction);

    [LibraryImport(Lib)]
    public static unsafe partial uint hb_ot_math_get_glyph_variants(IntPtr font, uint glyph, int direction, uint startOffset,
        uint* variantsCount, GlyphVariant* variants);

    [LibraryImport(Lib)]
    public static unsafe partial uint hb_ot_math_get_glyph_assembly(IntPtr font, uint glyph, int direction, uint startOffset,
        uint* partsCount, GlyphPart* parts, int* italicsCorrection);
}
