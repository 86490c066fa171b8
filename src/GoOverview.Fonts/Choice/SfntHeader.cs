using System.Buffers.Binary;
using System.Text;

namespace GoOverview.Fonts.Choice;

/// <summary>
/// What the font file's own tables say before anything else reads it: how many faces a collection (.ttc/.otc)
/// holds and each face's family name (name table, ID 16 "typographic family" else ID 1, English preferred).
/// </summary>
public static class SfntHeader
{
    private const uint TrueTypeVersion = 0x00010000;
    private const uint CffTag = 0x4F54544F; // 'OTTO'
    private const uint AppleTrueTag = 0x74727565; // 'true'
    private const uint CollectionTag = 0x74746366; // 'ttcf'

    /// <summary>Offsets of the table directories of every face (one for a plain font); empty when the data is not a font.</summary>
    public static IReadOnlyList<int> FaceOffsets(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12) return [];
        var tag = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (tag is TrueTypeVersion or CffTag or AppleTrueTag) return [0];
        if (tag != CollectionTag) return [];
        var count = BinaryPrimitives.ReadUInt32BigEndian(data[8..]);
        if (count == 0 || count > 1024 || 12 + 4 * count > data.Length) return [];
        var offsets = new List<int>();
        for (var i = 0; i < count; i++)
        {
            var offset = BinaryPrimitives.ReadUInt32BigEndian(data[(12 + 4 * i)..]);
            if (offset > data.Length - 12) return [];
            offsets.Add((int)offset);
        }
        return offsets;
    }

    /// <summary>Whether the face has PostScript (CFF) outlines rather than TrueType ones.</summary>
    public static bool IsCff(ReadOnlySpan<byte> data, int faceOffset) =>
        faceOffset + 4 <= data.Length && BinaryPrimitives.ReadUInt32BigEndian(data[faceOffset..]) == CffTag;

    /// <summary>The family name of the face whose table directory starts at <paramref name="faceOffset"/>; null when it has none.</summary>
    public static string? FamilyName(ReadOnlySpan<byte> data, int faceOffset)
    {
        if (Table(data, faceOffset, 0x6E616D65 /* 'name' */) is not { } name) return null;
        var table = data.Slice(name.Offset, name.Length);
        if (table.Length < 6) return null;
        var count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        string? best = null;
        var bestRank = int.MaxValue;
        for (var i = 0; i < count && 6 + 12 * (i + 1) <= table.Length; i++)
        {
            var record = table.Slice(6 + 12 * i, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId is not (1 or 16) || platform is not (0 or 3)) continue;
            if (strings + offset + length > table.Length) continue;
            // Typographic family before the legacy one; US English before other languages.
            var rank = (nameId == 16 ? 0 : 2) + (platform == 0 || language == 0x409 ? 0 : 1);
            if (rank >= bestRank) continue;
            best = Encoding.BigEndianUnicode.GetString(table.Slice(strings + offset, length));
            bestRank = rank;
        }
        return string.IsNullOrWhiteSpace(best) ? null : best.Trim();
    }

    private static (int Offset, int Length)? Table(ReadOnlySpan<byte> data, int faceOffset, uint wanted)
    {
        if (faceOffset + 12 > data.Length) return null;
        var count = BinaryPrimitives.ReadUInt16BigEndian(data[(faceOffset + 4)..]);
        for (var i = 0; i < count; i++)
        {
            var at = faceOffset + 12 + 16 * i;
            if (at + 16 > data.Length) return null;
            if (BinaryPrimitives.ReadUInt32BigEndian(data[at..]) != wanted) continue;
            var offset = BinaryPrimitives.ReadUInt32BigEndian(data[(at + 8)..]);
            var length = BinaryPrimitives.ReadUInt32BigEndian(data[(at + 12)..]);
            return offset + (ulong)length <= (ulong)data.Length ? ((int)offset, (int)length) : null;
        }
        return null;
    }
}
