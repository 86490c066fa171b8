using System.Text;

namespace GoOverview.Word.Content;

/// <summary>Removes characters that XML 1.0 forbids (controls other than tab/newline, lone surrogates, U+FFFE/U+FFFF).</summary>
internal static class XmlSafeText
{
    /// <summary>The text without forbidden characters; <paramref name="removed"/> counts what was dropped.</summary>
    public static string Clean(string text, out int removed)
    {
        removed = 0;
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(ch).Append(text[++i]);
                continue;
            }
            if (IsAllowed(ch)) sb.Append(ch);
            else removed++;
        }
        return sb.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (char.IsHighSurrogate(ch) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }
            if (!IsAllowed(ch)) return false;
        }
        return true;
    }

    private static bool IsAllowed(char ch) =>
        ch is '\t' or '\n' or '\r' || (ch >= 0x20 && ch <= 0xD7FF) || (ch >= 0xE000 && ch <= 0xFFFD);
}
