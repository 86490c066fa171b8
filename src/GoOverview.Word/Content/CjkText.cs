namespace GoOverview.Word.Content;

/// <summary>Character classes the Word writer needs for East Asian text.</summary>
internal static class CjkText
{
    public static bool IsHan(int cp) =>
        cp is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xF900 and <= 0xFAFF) or (>= 0x20000 and <= 0x3134F);

    /// <summary>Characters typeset full-width: Han, kana, Hangul, CJK and full-width punctuation.</summary>
    public static bool IsWide(int cp) =>
        IsHan(cp) || cp is (>= 0x3000 and <= 0x30FF) or (>= 0xAC00 and <= 0xD7AF) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6);

    /// <summary>
    /// Punctuation that Word would otherwise draw from the Latin font slot (quotes, dashes, ellipsis, middle dot)
    /// and CJK punctuation; a run holding any of these gets w:hint="eastAsia" (MS-OI29500 §2.1.88).
    /// </summary>
    public static bool NeedsEastAsianHint(string text)
    {
        foreach (var ch in text)
        {
            if (ch is '\u00B7' or '\u2014' or '\u2013' or '\u2015' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u2027' or '\u00A7')
                return true;
            if (ch is (>= '\u3000' and <= '\u303F') or (>= '\uFF00' and <= '\uFF0F') or (>= '\uFF1A' and <= '\uFF20') or
                (>= '\uFF3B' and <= '\uFF40') or (>= '\uFF5B' and <= '\uFF65'))
                return true;
        }
        return false;
    }

    /// <summary>Splits text into maximal pieces that are all Han (true) or all not Han (false).</summary>
    public static IEnumerable<(string Text, bool Han)> SplitHan(string text)
    {
        var start = 0;
        bool? current = null;
        var i = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var han = IsHan(rune.Value);
            if (current is { } c && c != han)
            {
                yield return (text[start..i], c);
                start = i;
            }
            current = han;
            i += rune.Utf16SequenceLength;
        }
        if (current is { } last) yield return (text[start..], last);
    }

    public static int LastCodePoint(string text) =>
        text.Length == 0 ? -1 : char.IsLowSurrogate(text[^1]) && text.Length > 1 ? char.ConvertToUtf32(text[^2], text[^1]) : text[^1];

    public static int FirstCodePoint(string text) =>
        text.Length == 0 ? -1 : char.IsHighSurrogate(text[0]) && text.Length > 1 ? char.ConvertToUtf32(text[0], text[1]) : text[0];
}
