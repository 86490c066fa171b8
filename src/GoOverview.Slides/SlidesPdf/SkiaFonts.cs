using GoOverview.Fonts;
using GoOverview.Layout;
using SkiaSharp;

namespace GoOverview.Slides.SlidesPdf;

/// <summary>
/// Skia typefaces made from exactly the subset bytes the text was shaped with (so glyph ids match), one SKFont per
/// face and size. Skia embeds what it is given, so handing it the subsets keeps the PDF small.
/// </summary>
internal sealed class SkiaFonts(ShapingFonts shaping) : IDisposable
{
    private readonly Dictionary<FontFile, SKTypeface> _typefaces = new();
    private readonly Dictionary<(FontFile, float), SKFont> _fonts = new();

    public SKFont Get(FontFile file, float size)
    {
        if (_fonts.TryGetValue((file, size), out var font)) return font;
        if (!_typefaces.TryGetValue(file, out var typeface))
        {
            using var data = SKData.CreateCopy(shaping.DataOf(file));
            typeface = SKTypeface.FromData(data) ?? throw new InvalidOperationException($"Skia cannot read the subset of {file.Family}");
            _typefaces[file] = typeface;
        }
        font = new SKFont(typeface, size) { Subpixel = true, Hinting = SKFontHinting.None, LinearMetrics = true, Edging = SKFontEdging.Antialias };
        _fonts[(file, size)] = font;
        return font;
    }

    public void Dispose()
    {
        foreach (var font in _fonts.Values) font.Dispose();
        foreach (var typeface in _typefaces.Values) typeface.Dispose();
    }
}
