using System.Security.Cryptography;
using System.Text;
using GoOverview.Model;

namespace GoOverview.Epub.Packaging;

/// <summary>
/// The package's unique identifier: metadata's "identifier" when given, otherwise a name-based UUID (version 5,
/// SHA-1) of title, authors and language, so rebuilding the same book keeps its identity (and its font key).
/// </summary>
internal static class BookIdentifier
{
    private static readonly Guid Namespace = new("6f1c5a8e-2d4b-5e7a-9c3f-0b8d1e2a4c6f");

    public static string For(Metadata metadata, string title, string language)
    {
        if (metadata.Extra.TryGetValue("identifier", out var given) && given.Trim().Length > 0) return given.Trim();
        return "urn:uuid:" + NameBased(title + "\n" + metadata.AuthorLine + "\n" + language).ToString("D");
    }

    /// <summary>RFC 4122 §4.3 name-based UUID with SHA-1.</summary>
    public static Guid NameBased(string name)
    {
        var ns = Namespace.ToByteArray(bigEndian: true);
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var hash = SHA1.HashData([.. ns, .. nameBytes]);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
