namespace GoOverview.Pdf.Paging;

/// <summary>A slice placed on a page: Y is its top, relative to the content box.</summary>
internal sealed record Placement(Slice Slice, float Y);

/// <summary>
/// Page breaking over the vertical flow: fill a page greedily; when a slice does not fit, break before the chain
/// of keep-with-next slices that leads to it (headings stay with their text, two lines of a paragraph on each
/// side); repeat a table's header row after a break inside the table. Footnotes: a slice only fits together with
/// the notes it references (set at the foot of the same page, under a separator); when the slice fits but its
/// notes do not all, the note is split and continues at the foot of the next page.
/// </summary>
internal static class Paginator
{
    public static List<List<Placement>> Paginate(IReadOnlyList<Slice> slices, float pageHeight, FootnoteArea? footnotes = null)
    {
        var pages = new List<List<Placement>>();
        var placedNotes = new HashSet<FootnoteBody>();
        var carry = new List<Slice>();
        var i = 0;
        while (i < slices.Count || carry.Count > 0)
        {
            var page = PageFill.Run(slices, i, slices.Count, carry, placedNotes, pageHeight, footnotes);
            if (page.End < slices.Count && page.End > i)
            {
                var breakAt = page.End;
                while (breakAt - 1 > i && slices[breakAt - 1].KeepWithNext) breakAt--;
                if (breakAt - 1 == i && slices[i].KeepWithNext) breakAt = page.End; // the whole page is one chain
                // Filling is greedy and sequential, so stopping earlier gives the same page up to breakAt.
                if (breakAt < page.End) page = PageFill.Run(slices, i, breakAt, carry, placedNotes, pageHeight, footnotes);
            }
            pages.Add(page.Placements);
            placedNotes.UnionWith(page.NotesStarted);
            carry = page.CarryOut;
            i = page.End;
        }
        return pages;
    }
}
