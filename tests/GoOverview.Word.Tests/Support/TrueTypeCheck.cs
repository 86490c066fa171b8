using System.Buffers.Binary;
using System.Text;

namespace GoOverview.Word.Tests.Support;

/// <summary>Reads a TrueType file's table directory and a few fields, failing loudly on anything malformed.</summary>
internal sealed class TrueTypeCheck
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);

    public TrueTypeCheck(byte[] data)
    {
        _data = data;
        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (version != 0x00010000) throw new InvalidDataException($"sfnt version 0x{version:X8} is not TrueType 1.0");
        int count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = data.AsSpan(12 + 16 * i, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            if (offset < 0 || length < 0 || offset + length > data.Length) throw new InvalidDataException($"table {tag} lies outside the file");
            _tables[tag] = (offset, length);
        }
    }

    public IReadOnlyCollection<string> Tables => _tables.Keys;

    public uint HeadMagic => BinaryPrimitives.ReadUInt32BigEndian(_data.AsSpan(_tables["head"].Offset + 12));

    public int FsType => BinaryPrimitives.ReadUInt16BigEndian(_data.AsSpan(_tables["OS/2"].Offset + 8));

    /// <summary>Name id 1 (family), from the Windows Unicode record.</summary>
    public string Family
    {
        get
        {
            var (offset, _) = _tables["name"];
            var span = _data.AsSpan(offset);
            int count = BinaryPrimitives.ReadUInt16BigEndian(span[2..]);
            int strings = BinaryPrimitives.ReadUInt16BigEndian(span[4..]);
            for (var i = 0; i < count; i++)
            {
                var r = span.Slice(6 + 12 * i, 12);
                var platform = BinaryPrimitives.ReadUInt16BigEndian(r);
                var nameId = BinaryPrimitives.ReadUInt16BigEndian(r[6..]);
                if (platform != 3 || nameId != 1) continue;
                int length = BinaryPrimitives.ReadUInt16BigEndian(r[8..]);
                int start = BinaryPrimitives.ReadUInt16BigEndian(r[10..]);
                return Encoding.BigEndianUnicode.GetString(span.Slice(strings + start, length));
            }
            throw new InvalidDataException("no Windows family name");
        }
    }
}
