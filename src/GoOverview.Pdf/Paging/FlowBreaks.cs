namespace GoOverview.Pdf.Paging;

/// <summary>Pagination with forced breaks: the flow is cut at each <see cref="FlowBreakSlice"/> and every part starts a page.</summary>
internal static class FlowBreaks
{
    /// <param name="withToc">Whether the handout has a TOC: without one, its place is no page break either.</param>
    /// <param name="tocPage">Index of the content page the table of contents goes before (-1: the default place).</param>
    public static List<List<Placement>> Paginate(List<Slice> flow, float pageHeight, FootnoteArea footnotes, bool withToc, out int tocPage)
    {
        tocPage = -1;
        if (!flow.Exists(s => s is FlowBreakSlice)) return Paginator.Paginate(flow, pageHeight, footnotes);
        var pages = new List<List<Placement>>();
        var part = new List<Slice>();
        foreach (var slice in flow)
        {
            switch (slice)
            {
                case FlowBreakSlice { Kind: FlowBreakKind.Page }:
                    Flush();
                    break;
                case FlowBreakSlice: // the TOC's place: the first one only, and only when there is a TOC
                    if (!withToc || tocPage >= 0) break;
                    Flush();
                    tocPage = pages.Count;
                    break;
                default:
                    part.Add(slice);
                    break;
            }
        }
        Flush();
        return pages;

        void Flush()
        {
            if (part.Count == 0) return;
            pages.AddRange(Paginator.Paginate(part, pageHeight, footnotes));
            part = new List<Slice>();
        }
    }
}
