using System.Runtime.InteropServices;

namespace GoOverview.Fonts;

/// <summary>
/// Font subsetting through HarfBuzz's hb-subset. HarfBuzzSharp has no managed subset API, but its native
/// library exports the hb_subset_* functions, so we call them directly.
/// </summary>
public static partial class HbSubset
{
    private const string Lib = "libHarfBuzzSharp";
    private const uint NoHintingFlag = 0x1;

    /// <summary>
    /// Programming ligatures and contextual alternates: a code font keeps them out of its subsets, so a program that
    /// shapes the embedded font itself (LibreOffice, Word) draws "&lt;-" as its two characters, never as an arrow.
    /// </summary>
    public static readonly string[] LigatureFeatures = ["liga", "calt", "clig", "dlig"];

    /// <summary>Returns a TrueType font that holds only the glyphs needed for the given code points.</summary>
    /// <param name="withoutFeatures">OpenType layout features (tags such as "liga") left out of the subset.</param>
    /// <exception cref="InvalidOperationException">hb-subset failed (corrupt font or out of memory).</exception>
    /// <param name="faceIndex">The face of a font collection (.ttc) to cut; the result is a plain font.</param>
    public static byte[] Subset(byte[] fontData, IEnumerable<int> codePoints, IReadOnlyCollection<string>? withoutFeatures = null, int faceIndex = 0)
    {
        var pinned = GCHandle.Alloc(fontData, GCHandleType.Pinned);
        IntPtr blob = IntPtr.Zero, face = IntPtr.Zero;
        try
        {
            blob = hb_blob_create(pinned.AddrOfPinnedObject(), (uint)fontData.Length, MemoryModeReadOnly, IntPtr.Zero, IntPtr.Zero);
            face = hb_face_create(blob, (uint)faceIndex);
            return Subset(face, codePoints, withoutFeatures);
        }
        finally
        {
            if (face != IntPtr.Zero) hb_face_destroy(face);
            if (blob != IntPtr.Zero) hb_blob_destroy(blob);
            pinned.Free();
        }
    }

    /// <summary>Cuts a face already loaded (<see cref="FontFile.HarfBuzzFace"/>, shared and read-only: HarfBuzz faces are
    /// thread-safe), so the source font is never copied.</summary>
    public static byte[] Subset(HarfBuzzSharp.Face source, IEnumerable<int> codePoints, IReadOnlyCollection<string>? withoutFeatures = null) =>
        Subset(source.Handle, codePoints, withoutFeatures);

    private static byte[] Subset(IntPtr face, IEnumerable<int> codePoints, IReadOnlyCollection<string>? withoutFeatures)
    {
        IntPtr input = IntPtr.Zero, subsetFace = IntPtr.Zero, subsetBlob = IntPtr.Zero;
        try
        {
            input = hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero) throw new InvalidOperationException("hb_subset_input_create_or_fail failed");
            hb_subset_input_set_flags(input, NoHintingFlag);
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints) hb_set_add(unicodes, (uint)cp);
            if (withoutFeatures is { Count: > 0 })
            {
                var features = hb_subset_input_set(input, SetsLayoutFeatureTag);
                foreach (var tag in withoutFeatures) hb_set_del(features, Tag(tag));
            }
            subsetFace = hb_subset_or_fail(face, input);
            if (subsetFace == IntPtr.Zero) throw new InvalidOperationException("hb_subset_or_fail failed: the font could not be subset");
            subsetBlob = hb_face_reference_blob(subsetFace);
            var data = hb_blob_get_data(subsetBlob, out var length);
            var result = new byte[length];
            Marshal.Copy(data, result, 0, (int)length);
            return result;
        }
        finally
        {
            if (subsetBlob != IntPtr.Zero) hb_blob_destroy(subsetBlob);
            if (subsetFace != IntPtr.Zero) hb_face_destroy(subsetFace);
            if (input != IntPtr.Zero) hb_subset_input_destroy(input);
        }
    }

    private const int MemoryModeReadOnly = 1;

    /// <summary>HB_SUBSET_SETS_LAYOUT_FEATURE_TAG: the features hb-subset keeps (pre-filled with its defaults).</summary>
    private const int SetsLayoutFeatureTag = 6;

    private static uint Tag(string tag) => (uint)tag[0] << 24 | (uint)tag[1] << 16 | (uint)tag[2] << 8 | tag[3];

    [LibraryImport(Lib)] private static partial IntPtr hb_subset_input_set(IntPtr input, int setType);
    [LibraryImport(Lib)] private static partial void hb_set_del(IntPtr set, uint codePoint);

    [LibraryImport(Lib)] private static partial IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [LibraryImport(Lib)] private static partial void hb_blob_destroy(IntPtr blob);
    [LibraryImport(Lib)] private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [LibraryImport(Lib)] private static partial IntPtr hb_face_create(IntPtr blob, uint index);
    [LibraryImport(Lib)] private static partial void hb_face_destroy(IntPtr face);
    [LibraryImport(Lib)] private static partial IntPtr hb_face_reference_blob(IntPtr face);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Lib)] private static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Lib)] private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);
    [LibraryImport(Lib)] private static partial void hb_set_add(IntPtr set, uint codePoint);
    [LibraryImport(Lib)] private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
}
