using System.Runtime.InteropServices;
using GoOverview.Model.Files;
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
/// One TrueType font file (static, glyf-based). A bundled file is mapped into memory on first use (through
/// <see cref="FileGate.Map"/>), so a cmap query or a subset reads only the pages it needs; a user's font arrives as
/// bytes already read through the gate and is pinned. The cmap query uses a HarfBuzz font created once. Thread-safe.
/// </summary>
public sealed class FontFile : IDisposable
{
    private readonly Lazy<MappedFile>? _mapped;
    private readonly byte[]? _givenData;
    private GCHandle _pinnedData;
    private readonly Lazy<byte[]> _data;
    private readonly Lazy<(IntPtr, int)> _nativeBytes;
    private readonly Lazy<Face> _hbFace;
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
        if (data is null)
        {
            _mapped = new Lazy<MappedFile>(() => FileGate.Map(path, ReadLimits.FontFile, "font"));
            _data = new Lazy<byte[]>(() => _mapped.Value.ToArray());
        }
        else
        {
            _givenData = data;
            _data = new Lazy<byte[]>(data);
        }
        _nativeBytes = new Lazy<(IntPtr, int)>(PinOrMap);
        _hbFace = new Lazy<Face>(CreateHarfBuzzFace);
        _hbFont = new Lazy<HarfBuzzSharp.Font>(() => new HarfBuzzSharp.Font(_hbFace.Value));
    }

    public string Path { get; }

    /// <summary>The font's family name as written in its name table (e.g. "Noto Sans SC").</summary>
    public string Family { get; }

    public FontRole Role { get; }

    public bool IsBold { get; }

    /// <summary>The face within a font collection (.ttc/.otc); 0 for a plain font file.</summary>
    public int FaceIndex { get; }

    /// <summary>A managed copy of the whole file: avoid it (a bundled CJK face is 10 MB); shape and subset
    /// through <see cref="HarfBuzzFace"/>.</summary>
    public byte[] Data => _data.Value;

    public bool Covers(int codePoint)
    {
        if ((uint)codePoint > MaxCodePoint) return false;
        if (_coverage.TryGet(codePoint, out var covered)) return covered;
        lock (_lock)
        {
            covered = _hbFont.Value.TryGetNominalGlyph((uint)codePoint, out _);
            _coverage.Set(codePoint, covered);
        }
        return covered;
    }

    private const int MaxCodePoint = 0x10FFFF;

    /// <summary>
    /// The answers of the cmap query so far: every writer asks for every character it sets, in parallel, and the
    /// locked native call per character was a hot spot.
    /// </summary>
    private readonly CoverageBits _coverage = new(MaxCodePoint + 1);

    /// <summary>
    /// The whole font as a HarfBuzz face, loaded once and shared (read-only; HarfBuzz faces are thread-safe): make a
    /// HarfBuzz font from it to shape with the whole font, without a managed copy of the file.
    /// </summary>
    public Face HarfBuzzFace => _hbFace.Value;

    /// <summary>
    /// The file's bytes in native memory, valid until <see cref="Dispose"/>: the mapping of a bundled face, or the
    /// pinned array of a user's. HarfBuzz and Skia read the font here, so it is never copied.
    /// </summary>
    public (IntPtr Start, int Length) NativeBytes => _nativeBytes.Value;

    private (IntPtr, int) PinOrMap()
    {
        if (_mapped is not null) return (_mapped.Value.Pointer, checked((int)_mapped.Value.Length));
        _pinnedData = GCHandle.Alloc(_givenData, GCHandleType.Pinned);
        return (_pinnedData.AddrOfPinnedObject(), _givenData!.Length);
    }

    private Face CreateHarfBuzzFace()
    {
        // (Not Blob.FromFile: this HarfBuzz build has no mmap and reads the whole file into a fresh buffer, 30 MB of
        // copying and page faults for the bundled faces.)
        var (start, length) = NativeBytes;
        using var blob = new Blob(start, length, MemoryMode.ReadOnly);
        return new Face(blob, FaceIndex);
    }

    public void Dispose()
    {
        if (_hbFont.IsValueCreated) _hbFont.Value.Dispose();
        if (_hbFace.IsValueCreated) _hbFace.Value.Dispose();
        if (_mapped is { IsValueCreated: true }) _mapped.Value.Dispose();
        if (_pinnedData.IsAllocated) _pinnedData.Free();
    }

    public override string ToString() => $"{Family} ({Role}, {System.IO.Path.GetFileName(Path)})";
}
