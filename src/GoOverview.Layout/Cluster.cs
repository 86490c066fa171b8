namespace GoOverview.Layout;

/// <summary>
/// The smallest unit lines are made of: the glyphs drawing one or more characters that never split
/// (a character with its marks, a ligature). Extra is space added after it (¼ em Han–Latin, negative when
/// adjacent punctuation is squeezed), Hang the blank half of a full-width closing mark that may stick out at
/// the line end. Stretch and Shrink are the gap's justification glue (<see cref="JustificationGlue"/>).
/// </summary>
internal struct Cluster
{
    public int Start;
    public int End;
    public int Item;
    public int GlyphStart;
    public int GlyphEnd;
    public float Advance;
    public float Extra;
    public float Hang;
    /// <summary>How much the gap after this cluster may widen (Stretch) or narrow (Shrink) to justify a line.</summary>
    public float Stretch;
    public float Shrink;
    public float Size;
    public int FirstCp;
    public int LastCp;
    public bool IsSpace;
    public bool IsNewline;
    public bool BreakAfter;
    /// <summary>Set off the baseline (a superscript or subscript: footnote marks, exponents).</summary>
    public bool Raised;

    public readonly bool IsWide => CharClasses.IsWide(FirstCp) || CharClasses.IsWide(LastCp);
}

/// <summary>Groups shaped glyphs into clusters and marks where a line may end.</summary>
internal static class Clusters
{
    public static Cluster[] Build(string text, List<ShapedItem> items, bool[] breaks)
    {
        var list = new ValueList<Cluster>(text.Length);
        for (var it = 0; it < items.Count; it++)
        {
            var shaped = items[it];
            var n = shaped.Glyphs.Length;
            var g = 0;
            while (g < n)
            {
                var start = shaped.CharIndex[g];
                var gEnd = g + 1;
                var advance = shaped.Advances[g];
                while (gEnd < n && shaped.CharIndex[gEnd] == start)
                {
                    advance += shaped.Advances[gEnd];
                    gEnd++;
                }
                var end = gEnd < n ? shaped.CharIndex[gEnd] : shaped.Item.End;
                if (end <= start) end = Math.Min(start + 1, shaped.Item.End);
                var first = CharClasses.CodePointAt(text, start);
                var lastIndex = end - 1;
                if (lastIndex > start && char.IsLowSurrogate(text[lastIndex])) lastIndex--;
                var last = CharClasses.CodePointAt(text, lastIndex);
                list.Add(new Cluster
                {
                    Start = start,
                    End = end,
                    Item = it,
                    GlyphStart = g,
                    GlyphEnd = gEnd,
                    Advance = first == '\n' ? 0 : advance,
                    Size = shaped.Run.Size,
                    FirstCp = first,
                    LastCp = last,
                    IsSpace = first is ' ' or 0x3000 && end - start == 1,
                    IsNewline = first == '\n',
                    BreakAfter = breaks[end],
                    Raised = shaped.Run.Rise != 0,
                });
                g = gEnd;
            }
        }
        return list.ToArray();
    }
}
