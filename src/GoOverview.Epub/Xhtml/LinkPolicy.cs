using System.Text;

namespace GoOverview.Epub.Xhtml;

internal enum LinkKind
{
    /// <summary>"#id": a target inside the book.</summary>
    Internal,

    /// <summary>http(s), mailto, ftp, tel: opened by the reading system.</summary>
    External,

    /// <summary>No target (empty URL).</summary>
    Empty,

    /// <summary>Unsafe (javascript:, data:, …) or pointing at a file outside the package.</summary>
    Rejected,
}

/// <summary>Decides what a link URL becomes in the book; External URLs come back as valid URI text.</summary>
internal static class LinkPolicy
{
    private static readonly string[] SafeSchemes = ["http:", "https:", "mailto:", "ftp:", "tel:"];

    public static (LinkKind Kind, string Value) Classify(string url)
    {
        var trimmed = XmlText.Clean(url.Trim(), out _);
        if (trimmed.Length == 0) return (LinkKind.Empty, "");
        if (trimmed.StartsWith('#')) return (LinkKind.Internal, Uri.UnescapeDataString(trimmed[1..]));
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) trimmed = "https:" + trimmed;
        foreach (var scheme in SafeSchemes)
        {
            if (trimmed.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return (LinkKind.External, EncodeUri(trimmed));
        }
        return (LinkKind.Rejected, trimmed);
    }

    /// <summary>Percent-encodes what RFC 3986 does not allow (non-ASCII, spaces, stray '%') so validators accept it.</summary>
    public static string EncodeUri(string url)
    {
        var sb = new StringBuilder(url.Length + 16);
        var bytes = new byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            var c = url[i];
            if (c == '%' && i + 2 < url.Length && Uri.IsHexDigit(url[i + 1]) && Uri.IsHexDigit(url[i + 2]))
            {
                sb.Append(c);
                continue;
            }
            if (c < 0x80 && IsUriChar(c))
            {
                sb.Append(c);
                continue;
            }
            int length;
            if (char.IsHighSurrogate(c) && i + 1 < url.Length && char.IsLowSurrogate(url[i + 1]))
            {
                length = Encoding.UTF8.GetBytes(url.AsSpan(i, 2), bytes);
                i++;
            }
            else
            {
                length = Encoding.UTF8.GetBytes(url.AsSpan(i, 1), bytes);
            }
            for (var k = 0; k < length; k++) sb.Append('%').Append(bytes[k].ToString("X2"));
        }
        return sb.ToString();
    }

    private static bool IsUriChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=".Contains(c);
}
