using System.Text;

namespace GoOverview.Model.Css;

/// <summary>
/// Chinese input methods often type CSS with full-width punctuation (the seed has <c>rgb(255，0，0)</c>).
/// Maps every full-width ASCII form (U+FF01–U+FF5E) to its ASCII twin and the ideographic space to a space.
/// </summary>
public static class FullWidthPunctuation
{
    public static string ToAscii(string text)
    {
        if (!NeedsWork(text)) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is >= '\uFF01' and <= '\uFF5E') sb.Append((char)(c - 0xFEE0));
            else if (c == '\u3000') sb.Append(' ');
            else if (c is '\u3001') sb.Append(','); // 、 typed instead of a comma
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool NeedsWork(string text)
    {
        foreach (var c in text)
            if (c is >= '\uFF01' and <= '\uFF5E' or '\u3000' or '\u3001') return true;
        return false;
    }
}
