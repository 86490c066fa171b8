namespace GoOverview.Pdf.Paging;

/// <summary>Pagination with forced breaks: the flow is cut at each <see cref="FlowBreakSlice"/> and every part starts a page.</summary>
internal static class FlowBreaks
{
    /// <param name="tocPage">Index of the content page the table of contents goes before (-1: the default place).</param>
    public static List<List<Placement>> Paginate(List<Slice> flow, float pageHeight, FootnoteArea footnotes, out int tocPage)
    {
        tocPage = -1;
        if (!flow.Exists(s => s is FlowBreakSlice)) return Paginator.Paginate(flow, pageHeight, footnotes);
        var pages = new List<List<Placement>>();
        var part = new List<Slice>();
        foreach (var slice in flow)
        {
            if (slice is not FlowBreakSlice marker)
            {
                part.Add(slice);
                continue;
            }
            Flush();
            if (marker.Kind == FlowBreakKind.TableOfContents && tocPage < 0) tocPage = pages.Count;
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
