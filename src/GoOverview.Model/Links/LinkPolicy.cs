using System.Text;

namespace GoOverview.Model.Links;

public enum LinkKind
{
    /// <summary>"#id": a target inside the document.</summary>
    Internal,

    /// <summary>http, https, mailto, ftp, tel (and "//host", read as https).</summary>
    External,

    /// <summary>A relative path ("chapter2.md", "files/a.zip"): no scheme.</summary>
    Relative,

    /// <summary>No target (empty URL).</summary>
    Empty,

    /// <summary>Any other scheme (javascript:, vbscript:, data:, file:, …) or an absolute local path. Never a live link in any output.</summary>
    Unsafe,
}

/// <summary>
/// The one link policy of every writer (README: "Safety"). The reader applies it to the model — an unsafe link
/// becomes its plain text with a warning — so no writer ever sees a script link; writers use it again only to tell
/// internal, external and relative targets apart.
/// </summary>
public static class LinkPolicy
{
    public static readonly IReadOnlyList<string> SafeSchemes = ["http", "https", "mailto", "ftp", "tel"];

    public static (LinkKind Kind, string Value) Classify(string url)
    {
        var trimmed = WithoutControlCharacters(url).Trim();
        if (trimmed.Length == 0) return (LinkKind.Empty, "");
        if (trimmed.StartsWith('#')) return (LinkKind.Internal, UnescapeOrKeep(trimmed[1..]));
        if (trimmed.StartsWith("//", StringComparison.Ordinal)) return (LinkKind.External, EncodeUri("https:" + trimmed));
        if (IsLocalAbsolutePath(trimmed)) return (LinkKind.Unsafe, trimmed);
        var scheme = SchemeOf(trimmed);
        if (scheme is null) return (LinkKind.Relative, trimmed);
        return SafeSchemes.Contains(scheme.ToLowerInvariant()) ? (LinkKind.External, EncodeUri(trimmed)) : (LinkKind.Unsafe, trimmed);
    }

    public static bool IsUnsafe(string url) => Classify(url).Kind == LinkKind.Unsafe;

    /// <summary>"/etc/passwd", "\\\\host\\share", "C:\\x.exe": a slide or Word viewer opens these as local files, so they are never links.</summary>
    private static bool IsLocalAbsolutePath(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) || url.StartsWith('\\') ||
        (url.Length >= 2 && char.IsAsciiLetter(url[0]) && url[1] == ':');

    /// <summary>The scheme before ':' (letters, digits, + . -), or null. A single letter is a Windows drive, not a scheme.</summary>
    public static string? SchemeOf(string url)
    {
        var colon = url.IndexOf(':');
        if (colon < 2) return null;
        var scheme = url.AsSpan(0, colon);
        if (!char.IsAsciiLetter(scheme[0])) return null;
        foreach (var c in scheme)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('+' or '.' or '-')) return null;
        }
        return scheme.ToString();
    }

    /// <summary>Percent-encodes what RFC 3986 does not allow (non-ASCII, spaces, stray '%') so validators accept it.</summary>
    public static string EncodeUri(string url)
    {
        var sb = new StringBuilder(url.Length + 16);
        Span<byte> bytes = stackalloc byte[4];
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

    /// <summary>Browsers ignore tabs, newlines and other controls inside a scheme ("java\tscript:"), so they are removed before looking.</summary>
    private static string WithoutControlCharacters(string url)
    {
        if (!url.Any(char.IsControl)) return url;
        var sb = new StringBuilder(url.Length);
        foreach (var c in url)
        {
            if (!char.IsControl(c)) sb.Append(c);
        }
        return sb.ToString();
    }

    private static string UnescapeOrKeep(string fragment)
    {
        try
        {
            return Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            return fragment;
        }
    }
}
