using System.Runtime.InteropServices;
using HarfBuzzSharp;

namespace GoOverview.Layout;

/// <summary>A HarfBuzz font at font-unit scale plus the metrics line layout needs.</summary>
internal sealed class ShapingFace : IDisposable
{
    private readonly Blob? _blob;
    private readonly Face? _face;

    public ShapingFace(byte[] data) : this(OwnedBlob(data))
    {
    }

    /// <summary>Shapes with a face owned elsewhere (a whole bundled font, loaded once per run).</summary>
    public ShapingFace(Face face) : this(face, null, ownsFace: false)
    {
    }

    private ShapingFace(Blob blob) : this(new Face(blob, 0), blob, ownsFace: true)
    {
    }

    private ShapingFace(Face face, Blob? blob, bool ownsFace)
    {
        _blob = blob;
        _face = ownsFace ? face : null;
        UnitsPerEm = face.UnitsPerEm;
        Font = new HarfBuzzSharp.Font(face);
        Font.SetScale(UnitsPerEm, UnitsPerEm);
        Font.SetFunctionsOpenType();
        if (Font.TryGetHorizontalFontExtents(out var extents))
        {
            Ascender = extents.Ascender / (float)UnitsPerEm;
            Descender = -extents.Descender / (float)UnitsPerEm;
        }
        else
        {
            Ascender = 0.88f;
            Descender = 0.12f;
        }
    }

    private static Blob OwnedBlob(byte[] data)
    {
        // Duplicate: HarfBuzz copies the bytes into its own memory, so the GC may move or free the array later.
        var pinned = GCHandle.Alloc(data, GCHandleType.Pinned);
        try
        {
            return new Blob(pinned.AddrOfPinnedObject(), data.Length, MemoryMode.Duplicate);
        }
        finally
        {
            pinned.Free();
        }
    }

    public HarfBuzzSharp.Font Font { get; }
    public int UnitsPerEm { get; }
    /// <summary>Ascender in em (positive).</summary>
    public float Ascender { get; }
    /// <summary>Descender in em (positive, below the baseline).</summary>
    public float Descender { get; }

    public void Dispose()
    {
        Font.Dispose();
        _face?.Dispose();
        _blob?.Dispose();
    }
}
