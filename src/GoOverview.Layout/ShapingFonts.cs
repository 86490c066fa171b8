using System.Collections.Concurrent;
using GoOverview.Fonts;

namespace GoOverview.Layout;

/// <summary>
/// The font data text is shaped with, per bundled face. For PDF use <see cref="Subset"/>: glyph ids then refer to
/// the subset that gets embedded. For measuring only (slides, DOCX estimates) <see cref="Full"/> avoids subsetting.
/// HarfBuzz fonts are created once per face, on first use.
/// </summary>
public sealed class ShapingFonts : IDisposable
{
    private readonly Func<FontFile, byte[]> _dataOf;
    private readonly ConcurrentDictionary<FontFile, Lazy<ShapingFace>> _faces = new();
    private readonly ConcurrentDictionary<FontFile, byte[]> _data = new();

    private ShapingFonts(FontLibrary library, Func<FontFile, byte[]> dataOf)
    {
        Library = library;
        _dataOf = dataOf;
    }

    public FontLibrary Library { get; }

    /// <summary>Shape with the whole font files (measurement only).</summary>
    public static ShapingFonts Full(FontLibrary library) => new(library, f => f.Data);

    /// <summary>Shape with each face cut down to <paramref name="codePoints"/> (every character that will be laid out).</summary>
    public static ShapingFonts Subset(FontLibrary library, IReadOnlyCollection<int> codePoints) =>
        new(library, f => library.Subset(f, codePoints));

    /// <summary>The font bytes the glyph ids of laid-out runs refer to (embed exactly these).</summary>
    public byte[] DataOf(FontFile font) => _data.GetOrAdd(font, _dataOf);

    internal ShapingFace FaceOf(FontFile font) =>
        _faces.GetOrAdd(font, f => new Lazy<ShapingFace>(() => new ShapingFace(DataOf(f)))).Value;

    public void Dispose()
    {
        foreach (var face in _faces.Values)
            if (face.IsValueCreated) face.Value.Dispose();
    }
}
