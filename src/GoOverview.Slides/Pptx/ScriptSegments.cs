namespace GoOverview.Slides.Pptx;

/// <summary>
/// Splits text into East Asian and Latin stretches so each run can carry the right language: zh-CN only on
/// Chinese text, en-US on Latin text (a zh-CN tag on Latin text makes PowerPoint draw it with the East Asian font).
/// Spaces, digits and shared punctuation join the stretch before them.
/// </summary>
internal static class ScriptSegments
{
    public static IEnumerable<(string Text, bool EastAsian)> Split(string text)
    {
        var start = 0;
        bool? current = null;
        for (var i = 0; i < text.Length; i++)
        {
            var kind = Classify(text[i]);
            if (kind is null) continue;
            if (current is null) current = kind;
            else if (kind != current)
            {
                var cut = StartOfNeutralTail(text, start, i);
                yield return (text[start..cut], current.Value);
                start = cut;
                current = kind;
            }
        }
        if (start < text.Length) yield return (text[start..], current ?? false);
    }

    /// <summary>Neutral characters between two scripts stay with the earlier stretch, except an opening bracket or quote.</summary>
    private static int StartOfNeutralTail(string text, int start, int next)
    {
        var cut = next;
        while (cut > start + 1 && text[cut - 1] is '(' or '[' or '"' or '\'' or '“' or '‘') cut--;
        return cut;
    }

    /// <summary>True for East Asian, false for Latin and other scripts, null for neutral characters.</summary>
    private static bool? Classify(char c)
    {
        if (char.IsWhiteSpace(c) || char.IsDigit(c) || (c < 0x80 && !char.IsLetter(c))) return null;
        if (c is '“' or '”' or '‘' or '’' or '…' or '—' or '·') return null;
        if (char.IsSurrogate(c)) return true; // supplementary-plane characters here are CJK extension ideographs
        return c is >= '\u2E80' and <= '\u9FFF'   // CJK radicals, symbols and punctuation, kana, Han
            or >= '\uAC00' and <= '\uD7AF'          // Hangul
            or >= '\uF900' and <= '\uFAFF'          // CJK compatibility ideographs
            or >= '\uFE30' and <= '\uFE4F'          // CJK compatibility forms
            or >= '\uFF00' and <= '\uFFEF';         // full-width forms
    }
}
