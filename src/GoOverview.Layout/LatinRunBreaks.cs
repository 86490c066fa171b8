namespace GoOverview.Layout;

/// <summary>
/// Where a long Latin run (a path, a URL, an identifier such as URL+Token or snake_case) may break without a hyphen
/// being added: after one of / + _ - . ? &amp; = # that follows a letter or digit and comes before one. Never between
/// digits ("3.14", "1-2") and never after a full stop that ends a sentence (the next letter would be upper case
/// after a space, which is not this rule). Total fit weighs these breaks with a penalty, so words break first.
/// </summary>
internal static class LatinRunBreaks
{
    private const string BreakAfter = "/+_-.?&=#";

    public static bool AllowedAfter(int mark, int before, int next)
    {
        if (mark > 0x7F || BreakAfter.IndexOf((char)mark) < 0) return false;
        if (!CharClasses.IsLatinLetterOrDigit(next)) return false;
        // "https://example.com/path": after a path's slashes, but not after the "//" of the scheme, which would leave
        // "https://" alone at a line end.
        if (mark == '/') return before != '/';
        if (before < 0 || !CharClasses.IsLatinLetterOrDigit(before)) return false;
        return !(IsDigit(before) && IsDigit(next));
    }

    private static bool IsDigit(int cp) => cp is >= '0' and <= '9';
}
