namespace GoOverview.Layout;

/// <summary>
/// Pass 3: where a line may break. Result[i] is true when a line may end between text[i-1] and text[i]
/// (i on a code point boundary). Our own UAX #14 subset with the Chinese kinsoku tables of CJK-TYPO.md:
/// long Latin runs (paths, URLs, identifiers) may also break after / + _ - . ? (<see cref="LatinRunBreaks"/>);
/// it starts instantly (no ICU data to load) and runs in linear time.
/// </summary>
internal static class BreakOpportunities
{
    public static bool[] Find(string text)
    {
        var result = new bool[text.Length + 1];
        var prev = BreakClass.Glue; // nothing breaks before the first character
        var prevCp = -1;
        var beforePrevCp = -1;
        for (var i = 0; i < text.Length;)
        {
            var cp = CharClasses.CodePointAt(text, i);
            var cls = CharClasses.Classify(cp);
            if (i > 0) result[i] = Allowed(prev, prevCp, beforePrevCp, cls, cp);
            if (cls != BreakClass.Attached)
            {
                prev = cls;
                beforePrevCp = prevCp;
                prevCp = cp;
            }
            i += cp > 0xFFFF ? 2 : 1;
        }
        return result;
    }

    private static bool Allowed(BreakClass a, int aCp, int beforeA, BreakClass b, int bCp)
    {
        if (a == BreakClass.Newline) return true;
        if (b is BreakClass.Attached or BreakClass.Glue or BreakClass.Newline or BreakClass.Space or BreakClass.ZeroWidthSpace) return false;
        if (a == BreakClass.Glue) return false;
        if (a is BreakClass.Space or BreakClass.ZeroWidthSpace) return b != BreakClass.NoStart;
        if (a == BreakClass.NoEnd || b == BreakClass.NoStart) return false;
        if (LatinRunBreaks.AllowedAfter(aCp, beforeA, bCp)) return true;
        if (a == BreakClass.Ideographic || b == BreakClass.Ideographic) return true;
        // Full-width closing punctuation before Latin (，Go) and full-width opening punctuation after it (Go（).
        if (a == BreakClass.NoStart && CharClasses.IsWide(aCp)) return true;
        if (b == BreakClass.NoEnd && CharClasses.IsWide(bCp)) return true;
        if (a == BreakClass.Hyphen) return b == BreakClass.Alphabetic && beforeA >= 0 && CharClasses.Classify(beforeA) == BreakClass.Alphabetic;
        if (a == BreakClass.Slash) return b == BreakClass.Alphabetic && beforeA != '/'; // never "https://" alone
        return false;
    }
}
