using System.Security.Cryptography;

namespace GoOverview.Word.Fonts;

/// <summary>
/// ECMA-376 §17.8.1 font obfuscation, as LibreOffice (writerfilter FontTable.cxx) and mupdf decode it: the key is
/// the GUID's big-endian bytes reversed; the first 32 bytes of the font are XORed with it; the fontKey attribute
/// is the GUID in upper-case "{…}" form (LibreOffice ignores lower-case keys).
/// </summary>
internal static class OdttfObfuscation
{
    /// <summary>A key derived from the font bytes, so the same input always gives the same file.</summary>
    public static Guid KeyFor(byte[] font)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(font, hash);
        return new Guid(hash[..16]);
    }

    public static string FontKeyAttribute(Guid key) => key.ToString("B").ToUpperInvariant();

    /// <summary>Obfuscating and de-obfuscating are the same XOR.</summary>
    public static byte[] Apply(byte[] font, Guid key)
    {
        var keyBytes = key.ToByteArray(bigEndian: true);
        Array.Reverse(keyBytes);
        var result = (byte[])font.Clone();
        for (var i = 0; i < 32 && i < result.Length; i++) result[i] ^= keyBytes[i % 16];
        return result;
    }
}
