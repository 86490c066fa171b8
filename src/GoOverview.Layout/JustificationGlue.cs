namespace GoOverview.Layout;

/// <summary>
/// Pass 4b: the glue justification may use in the gap after each cluster, as total-fit breaking and the line builder
/// see it. Gaps beside wide characters stretch a tenth of an em at ratio 1 (inter-character justification); word spaces
/// stretch by half and shrink by a third of their width; the ¼-em Han–Latin space shrinks to ⅛ em; a full-width
/// mark's blank half (not already squeezed) may be squeezed away (标点挤压). Nothing stretches inside a Latin word.
/// </summary>
internal static class JustificationGlue
{
    public const float HanGapStretchEm = 0.1f;

    public static void Apply(Cluster[] c)
    {
        for (var i = 0; i + 1 < c.Length; i++)
        {
            ref var a = ref c[i];
            ref readonly var b = ref c[i + 1];
            if (a.IsNewline || b.IsNewline) continue;
            var em = Math.Max(a.Size, b.Size);
            if (a.IsSpace)
            {
                a.Stretch = Math.Max(a.Advance * 0.5f, HanGapStretchEm * em);
                a.Shrink = a.Advance / 3;
                continue;
            }
            if (!a.IsWide && !b.IsWide) continue;
            a.Stretch = HanGapStretchEm * em;
            if (a.Extra > 0) a.Shrink = a.Extra / 2; // the ¼-em Han–Latin space
            else if (a.Extra == 0 && !b.IsSpace)
            {
                if (IsFullWidth(a) && CharClasses.IsLeftInkPunct(a.LastCp)) a.Shrink = 0.5f * a.Size;
                else if (IsFullWidth(b) && CharClasses.IsRightInkPunct(b.FirstCp)) a.Shrink = 0.5f * b.Size;
            }
        }
    }

    private static bool IsFullWidth(in Cluster c) => c.Advance >= 0.9f * c.Size;
}
