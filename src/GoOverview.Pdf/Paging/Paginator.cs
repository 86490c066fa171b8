namespace GoOverview.Pdf.Paging;

/// <summary>A slice placed on a page: Y is its top, relative to the content box.</summary>
internal sealed record Placement(Slice Slice, float Y);

/// <summary>
/// Page breaking over the vertical flow: fill a page greedily; when a slice does not fit, break before the chain
/// of keep-with-next slices that leads to it (headings stay with their text, two lines of a paragraph on each
/// side); repeat a table's header row after a break inside the table.
/// </summary>
internal static class Paginator
{
    public static List<List<Placement>> Paginate(IReadOnlyList<Slice> slices, float pageHeight)
    {
        var pages = new List<List<Placement>>();
        var page = new List<Placement>();
        var firstIndex = 0;
        var y = 0f;
        var i = 0;
        while (i < slices.Count)
        {
            var s = slices[i];
            var space = page.Count == 0 ? 0 : s.SpaceBefore;
            if (page.Count == 0 || y + space + s.Height <= pageHeight + 0.01f)
            {
                if (page.Count == 0) firstIndex = i;
                page.Add(new Placement(s, y + space));
                y += space + s.Height;
                i++;
                continue;
            }
            var breakAt = i;
            while (breakAt - 1 > firstIndex && slices[breakAt - 1].KeepWithNext) breakAt--;
            if (breakAt - 1 == firstIndex && slices[firstIndex].KeepWithNext) breakAt = i; // the whole page is one chain
            page.RemoveRange(page.Count - (i - breakAt), i - breakAt);
            pages.Add(page);
            page = new List<Placement>();
            y = 0;
            i = breakAt;
            if (slices[i].RepeatHeader is { } header && header != slices[i])
            {
                page.Add(new Placement(header, 0));
                y = header.Height;
                firstIndex = i;
            }
        }
        if (page.Count > 0) pages.Add(page);
        return pages;
    }
}
