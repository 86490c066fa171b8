namespace GoOverview.Layout;

/// <summary>
/// Pass 4: clreq spacing. A quarter em between Han and Latin letters/digits that touch in the source; adjacent
/// full-width punctuation squeezed by half an em (。」 ），  ，“); a closing mark's blank half may hang at a line end.
/// </summary>
internal static class CjkSpacing
{
    public static void Apply(Cluster[] clusters, bool hanLatinSpacing)
    {
        for (var i = 0; i < clusters.Length; i++)
        {
            ref var c = ref clusters[i];
            var fullWidth = c.Advance >= 0.9f * c.Size;
            if (fullWidth && CharClasses.IsLeftInkPunct(c.LastCp)) c.Hang = 0.5f * c.Size;
            if (i + 1 >= clusters.Length) break;
            ref var d = ref clusters[i + 1];
            // Not before or after a raised mark ("科学百科⁴", "10²"): it belongs to the text it is attached to.
            if (hanLatinSpacing && !c.Raised && !d.Raised && IsHanLatinPair(c.LastCp, d.FirstCp))
            {
                c.Extra += 0.25f * Math.Max(c.Size, d.Size);
            }
            else if (fullWidth && CharClasses.IsLeftInkPunct(c.LastCp) && d.IsSpace)
            {
                // "？ CSDN": the mark keeps its full width (squeezed it would pass for a Latin "? ") and its blank
                // half is the separation: the space adds nothing (it still allows the break).
                c.Extra -= d.Advance;
            }
            else if (fullWidth && IsWidePunct(c.LastCp) && IsWidePunct(d.FirstCp) && d.Advance >= 0.9f * d.Size)
            {
                var squeeze = CharClasses.IsLeftInkPunct(c.LastCp) ||
                              (CharClasses.IsRightInkPunct(c.LastCp) && CharClasses.IsRightInkPunct(d.FirstCp));
                if (squeeze) c.Extra -= 0.5f * c.Size;
            }
        }
    }

    internal static bool IsHanLatinPair(int a, int b) =>
        (CharClasses.IsHan(a) && IsLatin(b)) || (IsLatin(a) && CharClasses.IsHan(b));

    /// <summary>Letters, digits and the + or # that end "C++" and "C#".</summary>
    private static bool IsLatin(int cp) => CharClasses.IsLatinLetterOrDigit(cp) || cp is '+' or '#';

    private static bool IsWidePunct(int cp) => CharClasses.IsLeftInkPunct(cp) || CharClasses.IsRightInkPunct(cp);
}
