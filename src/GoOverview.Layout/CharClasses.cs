namespace GoOverview.Layout;

/// <summary>Line-breaking class of a character: a small subset of UAX #14, tailored for Chinese (CJK-TYPO.md).</summary>
internal enum BreakClass : byte
{
    /// <summary>Letters, digits, most symbols: no break between two of them.</summary>
    Alphabetic,
    /// <summary>Ideographs, kana, Hangul, full-width letters: a break is allowed on either side.</summary>
    Ideographic,
    /// <summary>Spaces: a break is allowed after a run of them.</summary>
    Space,
    /// <summary>Must not start a line (closing brackets, 。，、 etc.).</summary>
    NoStart,
    /// <summary>Must not end a line (opening brackets and quotes).</summary>
    NoEnd,
    /// <summary>Hyphen: a break is allowed after it between letters.</summary>
    Hyphen,
    /// <summary>Slash: a break is allowed after it (paths, URLs).</summary>
    Slash,
    /// <summary>Combining marks, joiners: stay with the previous character.</summary>
    Attached,
    /// <summary>No-break space, word joiner: no break on either side.</summary>
    Glue,
    /// <summary>Zero-width space: a break is allowed here.</summary>
    ZeroWidthSpace,
    /// <summary>Forced line break ('\n').</summary>
    Newline,
}

/// <summary>Character classification tables for breaking and CJK spacing.</summary>
internal static class CharClasses
{
    // CJK-TYPO.md: OOXML zh-CN kinsoku defaults plus ，—… (second halves of —— and ……).
    private const string NoStartChars =
        "!%),.:;>?]}¢¨°·ˇˉ―‖’”…‰′″›℃∶、。〃〉》」』】〕〗〞︶︺︾﹀﹄﹚﹜﹞！＂％＇），．：；？］｀｜｝～￠，—";
    private const string NoEndChars = "$([{£¥·‘“〈《「『【〔〖〝﹙﹛﹝＄（．［｛￡￥";

    // Full-width punctuation whose ink sits in the left half of the em box (blank right half).
    private const string LeftInkPunct = "，。、；：！？）」』】》〉〕〗”’";
    // ... and whose ink sits in the right half (blank left half).
    private const string RightInkPunct = "（「『【《〈〔〖“‘";

    private static readonly HashSet<int> NoStart = ToSet(NoStartChars);
    private static readonly HashSet<int> NoEnd = ToSet(NoEndChars);
    private static readonly HashSet<int> LeftInk = ToSet(LeftInkPunct);
    private static readonly HashSet<int> RightInk = ToSet(RightInkPunct);

    private static HashSet<int> ToSet(string chars)
    {
        var set = new HashSet<int>();
        foreach (var rune in chars.EnumerateRunes()) set.Add(rune.Value);
        return set;
    }

    /// <summary>The code point at i; a lone surrogate reads as U+FFFD instead of throwing.</summary>
    public static int CodePointAt(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            ? char.ConvertToUtf32(text[i], text[i + 1])
            : char.IsSurrogate(text[i]) ? 0xFFFD : text[i];

    public static BreakClass Classify(int cp)
    {
        if (cp == '\n') return BreakClass.Newline;
        if (cp is ' ' or '\t' or 0x3000) return BreakClass.Space;
        if (cp == 0x200B) return BreakClass.ZeroWidthSpace;
        if (cp is 0xA0 or 0x2060 or 0xFEFF or 0x202F) return BreakClass.Glue;
        // · (U+00B7) is in both tables: a middle dot in names stays with both neighbours.
        if (cp == 0xB7) return BreakClass.Glue;
        if (cp == 0xFFFC) return BreakClass.Ideographic; // an inline object: a break is allowed on either side
        if (NoStart.Contains(cp)) return BreakClass.NoStart;
        if (NoEnd.Contains(cp)) return BreakClass.NoEnd;
        if (cp is '-' or 0x2010) return BreakClass.Hyphen;
        if (cp == '/') return BreakClass.Slash;
        if (IsAttached(cp)) return BreakClass.Attached;
        if (IsIdeographicBlock(cp)) return BreakClass.Ideographic;
        return BreakClass.Alphabetic;
    }

    /// <summary>Han ideographs, kana, Hangul syllables (the characters ¼-em Han–Latin spacing applies to).</summary>
    public static bool IsHan(int cp) =>
        (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x20000 && cp <= 0x3FFFF) ||
        (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
        cp == 0x3007;

    /// <summary>Latin letters and digits (ASCII and Latin-1/Extended letters, Greek, Cyrillic).</summary>
    public static bool IsLatinLetterOrDigit(int cp) =>
        (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') ||
        (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) || (cp >= 0x370 && cp <= 0x4FF);

    /// <summary>Any character of the wide East Asian set (ideographs, kana, CJK and full-width punctuation).</summary>
    public static bool IsWide(int cp) => IsIdeographicBlock(cp) || LeftInk.Contains(cp) || RightInk.Contains(cp) ||
        (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF) || cp is 0x2014 or 0x2026;

    public static bool IsLeftInkPunct(int cp) => LeftInk.Contains(cp);
    public static bool IsRightInkPunct(int cp) => RightInk.Contains(cp);
    public static bool IsPunctuation(int cp) => LeftInk.Contains(cp) || RightInk.Contains(cp) || NoStart.Contains(cp) ||
        NoEnd.Contains(cp) || char.IsPunctuation((char)Math.Min(cp, 0xFFFF));

    private static bool IsIdeographicBlock(int cp) =>
        IsHan(cp) || (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0x3100 && cp <= 0x31FF) ||
        (cp >= 0xFF01 && cp <= 0xFF60) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
        (cp >= 0x2600 && cp <= 0x27BF);

    private static bool IsAttached(int cp) =>
        (cp >= 0x300 && cp <= 0x36F) || cp is 0x200C or 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F) ||
        (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0100 && cp <= 0xE01EF);
}
