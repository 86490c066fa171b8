using System.Globalization;
using System.Text;

namespace GoOverview.Fonts;

/// <summary>A stretch of text drawn with one face of the chain; Font is null where no bundled font has the characters.</summary>
public readonly record struct FontSegment(int Start, int Length, FontFile? Font);

/// <summary>
/// Splits text into stretches by the face of <see cref="FontLibrary"/>'s fallback chain that draws them, for the
/// writers that name fonts per run (Word, EPUB, slides). A character cluster stays whole: combining marks, variation
/// selectors (VS15/VS16), emoji modifiers, keycaps and what a ZWJ joins go with their base, and a base followed by
/// VS16 asks the emoji face first. The PDF text engine's itemizer follows the same rules.
/// </summary>
public static class FontChain
{
    public const int EmojiVariation = 0xFE0F;
    public const int ZeroWidthJoiner = 0x200D;

    public static List<FontSegment> Split(FontLibrary fonts, string text, FontFile primary)
    {
        var segments = new List<FontSegment>();
        var start = 0;
        FontFile? current = null;
        var any = false;
        var joined = false;
        for (var i = 0; i < text.Length;)
        {
            var rune = Rune.GetRuneAt(text, i);
            var cp = rune.Value;
            FontFile? font;
            if (any && (joined || JoinsPrevious(rune))) font = current;
            else if (cp is ' ' or '\n' or '\t' && any && current is { Role: not FontRole.Fallback } && current.Covers(cp)) font = current;
            else font = fonts.FindCovering(cp, primary, EmojiPresentationAt(text, i + rune.Utf16SequenceLength));
            if (any && font != current)
            {
                segments.Add(new FontSegment(start, i - start, current));
                start = i;
            }
            current = font;
            any = true;
            joined = cp == ZeroWidthJoiner;
            i += rune.Utf16SequenceLength;
        }
        if (any) segments.Add(new FontSegment(start, text.Length - start, current));
        return segments;
    }

    /// <summary>
    /// What each fallback face draws in <paramref name="texts"/> (shown in the regular face), cluster by cluster:
    /// the characters its subset needs. A face absent from the result is not needed (not embedded).
    /// </summary>
    public static Dictionary<FontFile, SortedSet<int>> FallbackCharacters(FontLibrary fonts, IEnumerable<string> texts)
    {
        var sets = new Dictionary<FontFile, SortedSet<int>>();
        foreach (var text in texts)
        {
            if (!MayNeedFallback(text)) continue;
            foreach (var segment in Split(fonts, text, fonts.Regular))
            {
                if (segment.Font is not { Role: FontRole.Fallback } face) continue;
                if (!sets.TryGetValue(face, out var set)) sets[face] = set = new SortedSet<int>();
                foreach (var rune in text.AsSpan(segment.Start, segment.Length).EnumerateRunes()) set.Add(rune.Value);
            }
        }
        return sets;
    }

    /// <summary>
    /// A quick test before <see cref="Split"/>: text of only Latin, CJK ideographs and CJK or full-width punctuation
    /// (nearly all of a Chinese document) never needs a fallback face nor misses a glyph.
    /// </summary>
    public static bool MayNeedFallback(string text)
    {
        foreach (var c in text)
            if (c >= 0x0370 && c is not (>= '\u4E00' and <= '\u9FFF') and not (>= '\u3000' and <= '\u303F') and not (>= '\uFF00' and <= '\uFFEF'))
                return true;
        return false;
    }

    /// <summary>Whether the character at <paramref name="index"/> is VS16 (the one before it is to look like emoji).</summary>
    public static bool EmojiPresentationAt(string text, int index) => index < text.Length && text[index] == (char)EmojiVariation;

    /// <summary>Marks, selectors, joiners and skin-tone modifiers belong to the character before them.</summary>
    public static bool JoinsPrevious(Rune rune) =>
        ExtendsCluster(rune.Value) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Variation selectors, ZWJ, emoji skin-tone modifiers and tag characters: never drawn on their own.</summary>
    public static bool ExtendsCluster(int cp) =>
        cp is >= 0xFE00 and <= 0xFE0F or ZeroWidthJoiner or >= 0x1F3FB and <= 0x1F3FF or >= 0xE0020 and <= 0xE007F;
}
