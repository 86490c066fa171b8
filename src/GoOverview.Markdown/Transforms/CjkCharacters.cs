using System.Text;

namespace GoOverview.Markdown.Transforms;

/// <summary>Which characters count as CJK for line joining: Han, kana, hangul, bopomofo, CJK punctuation, full-width forms.</summary>
internal static class CjkCharacters
{
    public static bool IsCjk(Rune rune) => rune.Value switch
    {
        >= 0x1100 and <= 0x11FF => true,   // Hangul Jamo
        >= 0x2E80 and <= 0x2FDF => true,   // CJK radicals, Kangxi radicals
        >= 0x2FF0 and <= 0x303F => true,   // ideographic description, CJK symbols and punctuation
        >= 0x3040 and <= 0x31FF => true,   // hiragana, katakana, bopomofo, hangul compat jamo, kanbun, strokes…
        >= 0x3200 and <= 0x4DBF => true,   // enclosed CJK, compatibility, extension A
        >= 0x4E00 and <= 0x9FFF => true,   // CJK unified ideographs
        >= 0xA960 and <= 0xA97F => true,   // Hangul Jamo extended-A
        >= 0xAC00 and <= 0xD7FF => true,   // Hangul syllables and Jamo extended-B
        >= 0xF900 and <= 0xFAFF => true,   // CJK compatibility ideographs
        >= 0xFE10 and <= 0xFE1F => true,   // vertical forms
        >= 0xFE30 and <= 0xFE4F => true,   // CJK compatibility forms
        >= 0xFF00 and <= 0xFFEF => true,   // half-width and full-width forms
        >= 0x20000 and <= 0x3FFFF => true, // extensions B and later, compatibility supplement
        _ => false,
    };
}
