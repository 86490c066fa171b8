using System.Security.Cryptography;
using System.Text;

namespace GoOverview.Epub.Packaging;

/// <summary>
/// The IDPF font obfuscation algorithm (EPUB OCF §4.2): the key is the SHA-1 of the unique identifier with
/// whitespace removed; the first 1040 bytes of the font are XORed with it. Applying it twice restores the font.
/// </summary>
internal static class FontObfuscation
{
    public const string Algorithm = "http://www.idpf.org/2008/embedding";
    private const int ObfuscatedLength = 1040;

    public static byte[] Apply(byte[] font, string uniqueIdentifier)
    {
        var key = SHA1.HashData(Encoding.UTF8.GetBytes(StripWhitespace(uniqueIdentifier)));
        var result = (byte[])font.Clone();
        var length = Math.Min(ObfuscatedLength, result.Length);
        for (var i = 0; i < length; i++) result[i] ^= key[i % key.Length];
        return result;
    }

    private static string StripWhitespace(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (c is not (' ' or '\t' or '\r' or '\n')) sb.Append(c);
        return sb.ToString();
    }
}
