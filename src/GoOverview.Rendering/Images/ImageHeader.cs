using System.Buffers.Binary;

namespace GoOverview.Rendering.Images;

/// <summary>
/// Pixel size of a PNG, JPEG, GIF or WebP read from its header bytes alone, so an image bomb (a tiny file that
/// declares 50000×50000 pixels) is refused before any decoder sees it.
/// </summary>
public static class ImageHeader
{
    /// <summary>(width, height) in pixels, or null when the header is missing or malformed.</summary>
    public static (long Width, long Height)? Size(ReadOnlySpan<byte> data, string mediaType) => mediaType switch
    {
        "image/png" => Png(data),
        "image/gif" => data.Length >= 10 && data[..4].SequenceEqual("GIF8"u8)
            ? (BinaryPrimitives.ReadUInt16LittleEndian(data[6..]), BinaryPrimitives.ReadUInt16LittleEndian(data[8..]))
            : null,
        "image/jpeg" => Jpeg(data),
        "image/webp" => WebP(data),
        _ => null,
    };

    private static (long, long)? Png(ReadOnlySpan<byte> data)
    {
        // Signature (8), IHDR length (4), "IHDR" (4), width (4), height (4).
        if (data.Length < 24 || !data[..8].SequenceEqual(PngSignature) || !data.Slice(12, 4).SequenceEqual("IHDR"u8)) return null;
        return (BinaryPrimitives.ReadUInt32BigEndian(data[16..]), BinaryPrimitives.ReadUInt32BigEndian(data[20..]));
    }

    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static (long, long)? Jpeg(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8) return null;
        var i = 2;
        while (i + 9 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                i++;
                continue;
            }
            var marker = data[i + 1];
            // FF FF is fill, FF 00 is not a marker (libjpeg skips both and looks on), TEM and RSTn have no length.
            if (marker == 0xFF || marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            {
                i++;
                continue;
            }
            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            // SOF0–SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
            if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC)
                return (BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]));
            if (length < 2) return null;
            i += 2 + length;
        }
        return null;
    }

    private static (long, long)? WebP(ReadOnlySpan<byte> data)
    {
        if (data.Length < 30 || !data[..4].SequenceEqual("RIFF"u8) || !data.Slice(8, 4).SequenceEqual("WEBP"u8)) return null;
        var chunk = data.Slice(12, 4);
        if (chunk.SequenceEqual("VP8 "u8))
            return (BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFF);
        if (chunk.SequenceEqual("VP8L"u8))
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }
        if (chunk.SequenceEqual("VP8X"u8))
            return (1 + (data[24] | data[25] << 8 | data[26] << 16), 1 + (data[27] | data[28] << 8 | data[29] << 16));
        return null;
    }
}
