using GoOverview.Fonts;
using SkiaSharp;

namespace GoOverview.Rendering.Fonts;

/// <summary>
/// Skia's view of our fonts. Skia never opens a font file itself: a typeface is made from the bytes
/// <see cref="FontFile"/> already holds (mapped or pinned, read through the file gate), without a copy.
/// </summary>
public static class SkiaTypefaces
{
    /// <summary>The whole face (not a subset): for drawing outside the PDF, e.g. the EPUB cover picture. Valid while
    /// <paramref name="font"/> is; dispose it first.</summary>
    public static SKTypeface Whole(FontFile font)
    {
        var (start, length) = font.NativeBytes;
        using var data = SKData.Create(start, length);
        return SKTypeface.FromData(data, font.FaceIndex) ?? throw new InvalidOperationException($"Skia cannot load {font}");
    }

    /// <summary>
    /// Starts Skia's font manager on a worker thread. Every typeface Skia makes goes through it, and on Linux it starts
    /// fontconfig (reads its configuration and caches, 10–40 ms); begun first thing, that overlaps reading the
    /// Markdown instead of delaying the first writer that draws.
    /// </summary>
    public static void WarmUp() => ThreadPool.UnsafeQueueUserWorkItem(_ => _ = SKFontManager.Default, null);
}
