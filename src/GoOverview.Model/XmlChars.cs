using System.Text;

namespace GoOverview.Model;

/// <summary>
/// The characters XML 1.0 cannot hold (controls other than tab, newline and carriage return; U+FFFE and U+FFFF; lone
/// surrogates). The reader removes them from the source with a warning per line; writers clean what reaches them from
/// elsewhere (metadata, ids) with these same rules.
/// </summary>
public static class XmlChars
{
    /// <summary>True when the UTF-16 unit at <paramref name="i"/> cannot appear in XML.</summary>
    public static bool IsIllegalAt(string text, int i)
    {
        var c = text[i];
        if (c < 0x20) return c is not ('\t' or '\n' or '\r');
        if (c is '\uFFFE' or '\uFFFF') return true;
        if (char.IsHighSurrogate(c)) return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        if (char.IsLowSurrogate(c)) return i == 0 || !char.IsHighSurrogate(text[i - 1]);
        return false;
    }

    public static bool IsLegal(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (IsIllegalAt(text, i)) return false;
        return true;
    }

    /// <summary>The text without illegal characters; <paramref name="removed"/> counts what was dropped.</summary>
    public static string Clean(string text, out int removed)
    {
        var codes = new List<int>();
        var clean = Clean(text, codes);
        removed = codes.Count;
        return clean;
    }

    /// <summary>The text without illegal characters, adding each removed UTF-16 unit to <paramref name="removed"/>.</summary>
    public static string Clean(string text, List<int> removed)
    {
        if (IsLegal(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (IsIllegalAt(text, i)) removed.Add(text[i]);
            else sb.Append(text[i]);
        }
        return sb.ToString();
    }
}
