using GoOverview.Fonts;
using GoOverview.Layout;
using SkiaSharp;

namespace GoOverview.Rendering.Pdf;

/// <summary>Skia typefaces made from exactly the font bytes the text was shaped with (the subsets), and SKFonts per size.</summary>
public sealed class SkiaFontCache(ShapingFonts shaping) : IDisposable
{
    private readonly Dictionary<FontFile, SKTypeface> _typefaces = new();
    // Per face, the SKFonts made so far (a handful of sizes; a list avoids a tuple-keyed dictionary's start-up JIT).
    private readonly Dictionary<FontFile, List<SKFont>> _fonts = new();

    public SKFont Get(FontFile file, float size)
    {
        if (!_fonts.TryGetValue(file, out var sizes)) _fonts[file] = sizes = new List<SKFont>();
        foreach (var made in sizes)
            if (made.Size == size) return made;
        if (!_typefaces.TryGetValue(file, out var typeface))
        {
            using var data = SKData.CreateCopy(shaping.DataOf(file));
            typeface = SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia cannot load the subset of {file}");
            _typefaces[file] = typeface;
        }
        var font = new SKFont(typeface, size) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true, Edging = SKFontEdging.Antialias };
        sizes.Add(font);
        return font;
    }

    public void Dispose()
    {
        foreach (var sizes in _fonts.Values)
            foreach (var f in sizes) f.Dispose();
        foreach (var t in _typefaces.Values) t.Dispose();
    }
}
