using System.Collections.Concurrent;
using GoOverview.Fonts;

namespace GoOverview.Layout;

/// <summary>
/// The font data text is shaped with, per bundled face. For PDF use <c>Subset</c>: glyph ids then refer to
/// the subset that gets embedded. For measuring only (slides, DOCX estimates) <see cref="Full"/> avoids subsetting.
/// HarfBuzz fonts are created once per face, on first use.
/// </summary>
public sealed class ShapingFonts : IDisposable
{
    private readonly Func<FontFile, byte[]> _dataOf;
    private readonly ConcurrentDictionary<FontFile, Lazy<ShapingFace>> _faces = new();
    private readonly ConcurrentDictionary<FontFile, byte[]> _data = new();

    private readonly Func<FontFile, int, bool> _has;

    private ShapingFonts(FontLibrary library, Func<FontFile, byte[]> dataOf, Func<FontFile, int, bool> has)
    {
        Library = library;
        _dataOf = dataOf;
        _has = has;
    }

    public FontLibrary Library { get; }

    /// <summary>
    /// Shape with the whole font files (measurement only): on the faces the library loaded once, so a writer that
    /// measures does not read and copy the 10 MB CJK fonts again.
    /// </summary>
    public static ShapingFonts Full(FontLibrary library) => new(library, f => f.Data, (_, _) => true) { _wholeFaces = true };

    private bool _wholeFaces;

    /// <summary>Shape with each face cut down to <paramref name="codePoints"/> (every character that will be laid out).</summary>
    public static ShapingFonts Subset(FontLibrary library, IReadOnlyCollection<int> codePoints) =>
        Subset(library, _ => codePoints);

    /// <summary>
    /// Shape with each face cut down to its own characters (e.g. the bold face only to what headings and strong text
    /// use). A character laid out in a face whose subset lacks it falls back to another face that has it.
    /// </summary>
    public static ShapingFonts Subset(FontLibrary library, Func<FontFile, IReadOnlyCollection<int>> codePointsOf)
    {
        var sets = new ConcurrentDictionary<FontFile, HashSet<int>>();
        HashSet<int> SetOf(FontFile f) => sets.GetOrAdd(f, x => WithPlaceholder(library, x, codePointsOf(x)));
        return new(library, f => library.Subset(f, SetOf(f)), (f, cp) => SetOf(f).Contains(cp));
    }

    /// <summary>
    /// The face's set; the regular face's also gets □ when a character in it has no glyph in any bundled font
    /// (the text engine draws such characters as □ in the regular face).
    /// </summary>
    private static HashSet<int> WithPlaceholder(FontLibrary library, FontFile face, IReadOnlyCollection<int> codePoints)
    {
        var set = codePoints as HashSet<int> ?? new HashSet<int>(codePoints);
        if (face != library.Regular || set.Contains(FontLibrary.Placeholder) || library.Uncovered(set).Count == 0) return set;
        return new HashSet<int>(set) { FontLibrary.Placeholder };
    }

    /// <summary>Whether the shaping data of <paramref name="font"/> holds the character.</summary>
    public bool Has(FontFile font, int codePoint) => _has(font, codePoint);

    /// <summary>The font bytes the glyph ids of laid-out runs refer to (embed exactly these).</summary>
    public byte[] DataOf(FontFile font) => _data.GetOrAdd(font, _dataOf);

    internal ShapingFace FaceOf(FontFile font) =>
        _faces.GetOrAdd(font, f => new Lazy<ShapingFace>(() => _wholeFaces ? new ShapingFace(f.HarfBuzzFace) : new ShapingFace(DataOf(f)))).Value;

    public void Dispose()
    {
        foreach (var face in _faces.Values)
            if (face.IsValueCreated) face.Value.Dispose();
    }
}
