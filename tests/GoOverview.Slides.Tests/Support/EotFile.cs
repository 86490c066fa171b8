using System.Buffers.Binary;

namespace GoOverview.Slides.Tests.Support;

/// <summary>
/// Reads an Embedded OpenType container (W3C EOT submission) by its published layout, independently of the
/// writer: checks the header's sizes, version, magic number and flags, and returns the font data it wraps.
/// </summary>
internal static class EotFile
{
    public static byte[] Unwrap(byte[] eot)
    {
        Assert.True(eot.Length > 120, "EOT too short");
        var eotSize = BinaryPrimitives.ReadUInt32LittleEndian(eot);
        var fontDataSize = BinaryPrimitives.ReadUInt32LittleEndian(eot.AsSpan(4));
        var version = BinaryPrimitives.ReadUInt32LittleEndian(eot.AsSpan(8));
        var flags = BinaryPrimitives.ReadUInt32LittleEndian(eot.AsSpan(12));
        var magic = BinaryPrimitives.ReadUInt16LittleEndian(eot.AsSpan(34));
        Assert.Equal((uint)eot.Length, eotSize);
        Assert.Equal(0x504Cu, magic);
        Assert.Contains(version, new[] { 0x00010000u, 0x00020001u, 0x00020002u });
        Assert.Equal(0u, flags & 0x10000004u); // neither MicroType Express compressed nor XOR-obfuscated
        // After the fixed 82-byte header: four names (size, UTF-16LE bytes, padding), the root string, and for
        // version 2.2 its checksum, the EUDC code page, padding, signature and EUDC font; then exactly the font data.
        var offset = 82;
        for (var i = 0; i < 4; i++)
        {
            var size = BinaryPrimitives.ReadUInt16LittleEndian(eot.AsSpan(offset));
            Assert.True(size % 2 == 0, "name sizes are UTF-16 byte counts");
            offset += 2 + size;
            Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(eot.AsSpan(offset))); // padding
            offset += 2;
        }
        if (version >= 0x00020001)
        {
            var rootSize = BinaryPrimitives.ReadUInt16LittleEndian(eot.AsSpan(offset));
            offset += 2 + rootSize;
        }
        if (version == 0x00020002)
        {
            offset += 4 + 4; // root string checksum, EUDC code page
            Assert.Equal(0, BinaryPrimitives.ReadUInt16LittleEndian(eot.AsSpan(offset)));
            offset += 2;
            var signatureSize = BinaryPrimitives.ReadUInt16LittleEndian(eot.AsSpan(offset));
            offset += 2 + signatureSize + 4; // signature, EUDC flags
            var eudcSize = BinaryPrimitives.ReadUInt32LittleEndian(eot.AsSpan(offset));
            offset += 4 + (int)eudcSize;
        }
        Assert.Equal(eotSize - fontDataSize, (uint)offset);
        return eot[offset..];
    }

    /// <summary>The family name the EOT header carries (UTF-16LE, right after the fixed header).</summary>
    public static string FamilyName(byte[] eot)
    {
        var size = BinaryPrimitives.ReadUInt16LittleEndian(eot.AsSpan(82));
        return System.Text.Encoding.Unicode.GetString(eot, 84, size).TrimEnd('\0');
    }
}
