using HarfBuzzSharp;

namespace GoOverview.Fonts;

/// <summary>What a bundled font is for.</summary>
public enum FontRole
{
    Regular,
    Bold,
    Mono,
    MonoBold,
    MonoItalic,
    /// <summary>The math face (Noto Sans Math, with an OpenType MATH table): formulas in the PDF and slides.</summary>
    Math,
    /// <summary>A face of the fallback chain (symbols, emoji, Korean): used only for characters the primary faces lack.</summary>
    Fallback,
}

/// <summary>
/// One TrueType font file (static, glyf-based). The bytes are read on first use; the cmap query uses a
/// HarfBuzz font created once. Thread-safe.
/// </summary>
public sealed class FontFile : IDisposable
{
    private readonly Lazy<byte[]> _data;
    private readonly Lazy<HarfBuzzSharp.Font> _hbFont;
    private readonly Lock _lock = new();

    public FontFile(string path, string family, FontRole role, bool isBold) : this(path, family, role, isBold, 0, null) { }

    /// <param name="faceIndex">The face within a collection (.ttc); 0 for a plain font file.</param>
    /// <param name="data">The file's bytes when already read (a user's font, read through FileGate); null: read on first use.</param>
    public FontFile(string path, string family, FontRole role, bool isBold, int faceIndex, byte[]? data)
    {
        Path = path;
        Family = family;
        Role = role;
        IsBold = isBold;
        FaceIndex = faceIndex;
        _data = data is null ? new Lazy<byte[]>(() => File.ReadAllBytes(path)) : new Lazy<byte[]>(data);
        _hbFont = new Lazy<HarfBuzzSharp.Font>(CreateHarfBuzzFont);
    }

    public string Path { get; }

    /// <summary>The font's family name as written in its name table (e.g. "Noto Sans SC").</summary>
    public string Family { get; }

    public FontRole Role { get; }

    public bool IsBold { get; }

    /// <summary>The face within a font collection (.ttc/.otc); 0 for a plain font file.</summary>
    public int FaceIndex { get; }

    public byte[] Data => _data.Value;

    public bool Covers(int codePoint)
    {
        lock (_lock) return _hbFont.Value.TryGetNominalGlyph((uint)codePoint, out _);
    }

    private HarfBuzzSharp.Font CreateHarfBuzzFont()
    {
        // Not Blob.FromStream: HarfBuzzSharp pins its copy only while creating the blob, so the GC may free the
        // bytes HarfBuzz still reads (intermittent segfaults). FromFile lets HarfBuzz own (mmap) the data.
        using var blob = Blob.FromFile(Path);
        using var face = new Face(blob, FaceIndex);
        return new HarfBuzzSharp.Font(face);
    }

    public void Dispose()
    {
        if (_hbFont.IsValueCreated) _hbFont.Value.Dispose();
    }

    public override string ToString() => $"{Family} ({Role}, {System.IO.Path.GetFileName(Path)})";
}
