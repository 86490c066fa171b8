using System.Buffers.Binary;
using System.Text;

namespace GoOverview.Slides.Pptx.Fonts;

/// <summary>
/// Wraps a TrueType font in an Embedded OpenType container, the format of PowerPoint's .fntdata font parts
/// (W3C EOT submission 2008, version 0x00020002): a little-endian header copied from the font's OS/2, head and
/// name tables, then the font data, neither compressed (MicroType Express) nor XOR-obfuscated (flags 0), as
/// LibreOffice's EOTConverter writes it.
/// </summary>
internal static class EotWrapper
{
    public const uint Version = 0x00020002;
    public const ushort MagicNumber = 0x504C;

    /// <summary>The checksum of an empty root string: the sum of its bytes (0) XOR 0x50475342.</summary>
    private const uint EmptyRootStringChecksum = 0x50475342;

    /// <summary>DEFAULT_CHARSET, which the EOT specification recommends for compatibility.</summary>
    private const byte DefaultCharset = 1;

    public static byte[] Wrap(byte[] font)
    {
        var tables = new SfntTables(font);
        var os2 = tables.Table("OS/2");
        var head = tables.Table("head");
        if (os2.Length < 78 || head.Length < 12) throw new InvalidDataException("the font lacks an OS/2 or head table");

        using var header = new MemoryStream();
        var writer = new BinaryWriter(header);
        writer.Write(0u); // EOTSize, patched below
        writer.Write((uint)font.Length);
        writer.Write(Version);
        writer.Write(0u); // Flags: not subset-by-EOT, not compressed, not obfuscated
        writer.Write(os2.Slice(32, 10)); // PANOSE
        writer.Write(DefaultCharset);
        writer.Write((byte)(BinaryPrimitives.ReadUInt16BigEndian(os2[62..]) & 1)); // italic = fsSelection bit 0
        writer.Write((uint)BinaryPrimitives.ReadUInt16BigEndian(os2[4..])); // usWeightClass
        writer.Write(BinaryPrimitives.ReadUInt16BigEndian(os2[8..])); // fsType
        writer.Write(MagicNumber);
        for (var i = 0; i < 4; i++) writer.Write(BinaryPrimitives.ReadUInt32BigEndian(os2[(42 + 4 * i)..]));
        var hasCodePages = BinaryPrimitives.ReadUInt16BigEndian(os2) >= 1 && os2.Length >= 86;
        writer.Write(hasCodePages ? BinaryPrimitives.ReadUInt32BigEndian(os2[78..]) : 1u);
        writer.Write(hasCodePages ? BinaryPrimitives.ReadUInt32BigEndian(os2[82..]) : 0u);
        writer.Write(BinaryPrimitives.ReadUInt32BigEndian(head[8..])); // checkSumAdjustment
        for (var i = 0; i < 4; i++) writer.Write(0u); // Reserved1-4
        writer.Write((ushort)0); // Padding1
        WriteName(writer, tables.Name(1)); // family
        writer.Write((ushort)0);
        WriteName(writer, tables.Name(2)); // style
        writer.Write((ushort)0);
        WriteName(writer, tables.Name(5)); // version
        writer.Write((ushort)0);
        WriteName(writer, tables.Name(4)); // full name
        writer.Write((ushort)0); // Padding5
        writer.Write((ushort)0); // RootStringSize: no root string (no URL restriction)
        writer.Write(EmptyRootStringChecksum);
        writer.Write(1252u); // EUDCCodePage, as LibreOffice writes it; no EUDC font follows
        writer.Write((ushort)0); // Padding6
        writer.Write((ushort)0); // SignatureSize
        writer.Write(0u); // EUDCFlags
        writer.Write(0u); // EUDCFontSize
        writer.Write(font);
        writer.Flush();
        var result = header.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(result, (uint)result.Length);
        return result;
    }

    private static void WriteName(BinaryWriter writer, string name)
    {
        var bytes = Encoding.Unicode.GetBytes(name);
        writer.Write((ushort)bytes.Length);
        writer.Write(bytes);
    }
}
