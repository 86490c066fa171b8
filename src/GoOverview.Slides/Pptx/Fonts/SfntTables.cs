using System.Buffers.Binary;
using System.Text;

namespace GoOverview.Slides.Pptx.Fonts;

/// <summary>Reads the few TrueType tables an EOT header copies from (big-endian sfnt layout).</summary>
internal sealed class SfntTables
{
    private readonly byte[] _font;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);

    public SfntTables(byte[] font)
    {
        _font = font;
        if (font.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(font) != 0x00010000)
            throw new InvalidDataException("not a TrueType font");
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + 16 * i, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset + length <= font.Length) _tables[tag] = (offset, length);
        }
    }

    /// <summary>The table's bytes (empty when the font lacks it).</summary>
    public ReadOnlySpan<byte> Table(string tag) =>
        _tables.TryGetValue(tag, out var t) ? _font.AsSpan(t.Offset, t.Length) : ReadOnlySpan<byte>.Empty;

    /// <summary>A Windows Unicode (platform 3, encoding 1) English name string of the name table, or "".</summary>
    public string Name(int nameId)
    {
        var name = Table("name");
        if (name.Length < 6) return "";
        int count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        int strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        string? any = null;
        for (var i = 0; i < count && 6 + 12 * (i + 1) <= name.Length; i++)
        {
            var r = name.Slice(6 + 12 * i, 12);
            if (BinaryPrimitives.ReadUInt16BigEndian(r) != 3 || BinaryPrimitives.ReadUInt16BigEndian(r[2..]) != 1) continue;
            if (BinaryPrimitives.ReadUInt16BigEndian(r[6..]) != nameId) continue;
            int length = BinaryPrimitives.ReadUInt16BigEndian(r[8..]);
            var offset = strings + BinaryPrimitives.ReadUInt16BigEndian(r[10..]);
            if (offset + length > name.Length) continue;
            var text = Encoding.BigEndianUnicode.GetString(name.Slice(offset, length));
            if (BinaryPrimitives.ReadUInt16BigEndian(r[4..]) == 0x0409) return text;
            any ??= text;
        }
        return any ?? "";
    }
}
