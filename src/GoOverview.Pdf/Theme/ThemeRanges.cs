namespace GoOverview.Pdf.Theme;

/// <summary>The allowed range of every number of a theme (one table, so a new key cannot go unchecked).</summary>
internal static class ThemeRanges
{
    public readonly record struct Range(double Min, double Max, string Unit);

    private static readonly Range FontSize = new(4, 200, " pt");
    private static readonly Range LineHeight = new(0.8, 4, "× the font size");
    private static readonly Range Spacing = new(0, 200, " pt");

    /// <summary>Key → range; for a list ("headingSizes") or an object of numbers ("margins") every element.</summary>
    public static readonly IReadOnlyDictionary<string, Range> ByKey = new Dictionary<string, Range>(StringComparer.Ordinal)
    {
        // Each margin; together they must still leave the text room on the paper (PageMarginRule).
        ["margins"] = new(0, 400, " pt"),
        ["bodySize"] = FontSize,
        ["lineHeight"] = LineHeight,
        ["paragraphSpacing"] = Spacing,
        ["headingSizes"] = FontSize,
        ["headingSpaceBefore"] = Spacing,
        ["headingSpaceAfter"] = Spacing,
        ["headingLineHeight"] = LineHeight,
        ["codeSize"] = FontSize,
        ["codeLineHeight"] = LineHeight,
        ["tableSize"] = FontSize,
        ["captionSize"] = FontSize,
        ["footnoteSize"] = FontSize,
        ["footnoteLineHeight"] = LineHeight,
        ["headerFooterSize"] = FontSize,
        ["coverTitleSize"] = FontSize,
        ["listIndentEm"] = new(0, 10, " em"),
    };
}
