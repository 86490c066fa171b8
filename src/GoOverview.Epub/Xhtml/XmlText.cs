using System.Text;

namespace GoOverview.Epub.Xhtml;

/// <summary>Removes characters that XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF).</summary>
internal static class XmlText
{
    public static bool IsLegal(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!IsLegalChar(c)) return false;
        }
        return true;
    }

    /// <summary>The text without illegal characters; <paramref name="removed"/> counts what was dropped.</summary>
    public static string Clean(string text, out int removed)
    {
        removed = 0;
        if (IsLegal(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }
            if (IsLegalChar(c)) sb.Append(c);
            else removed++;
        }
        return sb.ToString();
    }

    private static bool IsLegalChar(char c) =>
        c == '\t' || c == '\n' || c == '\r' ||
        (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
}
