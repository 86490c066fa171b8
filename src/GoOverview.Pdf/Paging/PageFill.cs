namespace GoOverview.Pdf.Paging;

/// <summary>
/// Fills one page: body slices from the top, footnote lines at the bottom (lines carried over from the previous
/// page first, then the notes of the slices placed here, in reference order). Once a note has been split (or a
/// carried note still continues), the foot is closed: body text may go on filling the page — taking room from
/// the split note's tail, which then continues on the next page — but a slice with new notes ends the page.
/// </summary>
internal sealed class PageFill
{
    private readonly float _pageHeight;
    private readonly FootnoteArea? _area;
    private readonly List<Placement> _body = new();
    private readonly List<Slice> _foot = new();
    private float _y;
    private bool _footClosed;
    /// <summary>When the foot is closed: foot lines from this index on may still move to the next page.</summary>
    private int _movableFrom;

    private PageFill(float pageHeight, FootnoteArea? area)
    {
        _pageHeight = pageHeight;
        _area = area;
    }

    /// <summary>Index of the first slice not on this page.</summary>
    public int End { get; private set; }
    public List<Placement> Placements { get; } = new();
    public List<FootnoteBody> NotesStarted { get; } = new();
    public List<Slice> CarryOut { get; } = new();

    public static PageFill Run(IReadOnlyList<Slice> slices, int start, int limit, List<Slice> carry,
        HashSet<FootnoteBody> placedBefore, float pageHeight, FootnoteArea? area)
    {
        var fill = new PageFill(pageHeight, area);
        fill.PlaceCarry(carry);
        if (start < limit && start > 0 && slices[start].RepeatHeader is { } header && header != slices[start])
        {
            fill._body.Add(new Placement(header, 0));
            fill._y = header.Height;
        }
        fill.End = fill.PlaceBody(slices, start, start, limit, placedBefore);
        fill.TopUpFoot();
        // The continuing note ended on this page after all: the body may go on, with new notes under it.
        while (fill._footClosed && fill.CarryOut.Count == 0 && fill.End < limit)
        {
            fill._footClosed = false;
            var end = fill.PlaceBody(slices, start, fill.End, limit, placedBefore);
            fill.TopUpFoot();
            if (end == fill.End) break;
            fill.End = end;
        }
        fill.Finish();
        return fill;
    }

    private void PlaceCarry(List<Slice> carry)
    {
        var room = FootnoteArea.MaxCarryShare * _pageHeight;
        for (var k = 0; k < carry.Count; k++)
        {
            _foot.Add(carry[k]);
            if (_foot.Count > 1 && FootHeight(_foot.Count) > room)
            {
                _foot.RemoveAt(_foot.Count - 1);
                CarryOut.AddRange(carry.GetRange(k, carry.Count - k));
                _footClosed = true;
                _movableFrom = _foot.Count;
                return;
            }
        }
    }

    /// <summary>Places slices from <paramref name="from"/> while they fit; returns the index of the first one left over.</summary>
    private int PlaceBody(IReadOnlyList<Slice> slices, int start, int from, int limit, HashSet<FootnoteBody> placedBefore)
    {
        var k = from;
        for (; k < limit; k++)
        {
            var s = slices[k];
            var space = _body.Count == 0 ? 0 : s.SpaceBefore;
            var bottom = _y + space + s.Height;
            var notes = NewNotes(s, placedBefore);
            var noteLines = new List<Slice>();
            foreach (var note in notes) noteLines.AddRange(note.Lines);
            // The page's first slice is placed even when too tall (else nothing would ever fit), unless lines of a
            // note carried over already make this page progress.
            var mustPlace = k == start && _foot.Count == 0;
            if (!mustPlace && bottom > _pageHeight + 0.01f) break;
            if (_footClosed)
            {
                if (notes.Count > 0 || !MakeRoomAbove(bottom)) break;
                Place(s, space, notes);
                continue;
            }
            var fitsWithNotes = bottom <= _pageHeight - FootHeightWith(noteLines) + 0.01f;
            var firstNoteLineFits = noteLines.Count > 0 && bottom <= _pageHeight - FootHeightWith(noteLines.GetRange(0, 1)) + 0.01f;
            if (!mustPlace && !fitsWithNotes && !firstNoteLineFits) break;
            Place(s, space, notes);
            AddToFoot(noteLines, bottom);
        }
        return k;
    }

    /// <summary>Room the body left unused goes to the note that continues on the next page.</summary>
    private void TopUpFoot()
    {
        while (CarryOut.Count > 0 && _y <= _pageHeight - FootHeightWith(CarryOut[0]) + 0.01f)
        {
            _foot.Add(CarryOut[0]);
            CarryOut.RemoveAt(0);
        }
    }

    private void Place(Slice s, float space, List<FootnoteBody> notes)
    {
        _body.Add(new Placement(s, _y + space));
        _y += space + s.Height;
        NotesStarted.AddRange(notes);
    }

    /// <summary>Puts as many of the lines on the foot as fit under a body ending at <paramref name="bottom"/> (at least one); the rest carry over.</summary>
    private void AddToFoot(List<Slice> lines, float bottom)
    {
        var firstNew = _foot.Count;
        for (var k = 0; k < lines.Count; k++)
        {
            if (k > 0 && bottom > _pageHeight - FootHeightWith(lines[k]) + 0.01f)
            {
                CarryOut.AddRange(lines.GetRange(k, lines.Count - k));
                _footClosed = true;
                // Body text after the reference may take room back, but the split note keeps two lines here.
                _movableFrom = firstNew + Math.Min(2, k);
                return;
            }
            _foot.Add(lines[k]);
        }
    }

    /// <summary>
    /// With the foot closed, a body ending at <paramref name="bottom"/> fits if enough of the split note's last
    /// lines move on to the next page; moves them and says true, or changes nothing and says false.
    /// </summary>
    private bool MakeRoomAbove(float bottom)
    {
        var keep = _foot.Count;
        while (keep > _movableFrom && bottom > _pageHeight - FootHeight(keep) + 0.01f) keep--;
        if (bottom > _pageHeight - FootHeight(keep) + 0.01f) return false;
        CarryOut.InsertRange(0, _foot.GetRange(keep, _foot.Count - keep));
        _foot.RemoveRange(keep, _foot.Count - keep);
        return true;
    }

    private List<FootnoteBody> NewNotes(Slice s, HashSet<FootnoteBody> placedBefore)
    {
        var result = new List<FootnoteBody>();
        if (s.Notes is null || _area is null) return result;
        foreach (var note in s.Notes)
            if (!placedBefore.Contains(note) && !NotesStarted.Contains(note) && !result.Contains(note)) result.Add(note);
        return result;
    }

    private float FootHeightWith(Slice extra) => FootHeightWith([extra]);

    /// <summary>Height of the foot (separator included) if <paramref name="extra"/> lines were added to it.</summary>
    private float FootHeightWith(List<Slice> extra)
    {
        var h = FootHeight(_foot.Count);
        for (var k = 0; k < extra.Count; k++)
        {
            if (_foot.Count == 0 && k == 0) h += _area?.Separator.Height ?? 0;
            else h += extra[k].SpaceBefore;
            h += extra[k].Height;
        }
        return h;
    }

    /// <summary>Height of the separator and the first <paramref name="lines"/> foot lines; 0 for none.</summary>
    private float FootHeight(int lines)
    {
        if (lines == 0) return 0;
        var h = _area?.Separator.Height ?? 0;
        for (var k = 0; k < lines; k++) h += (k == 0 ? 0 : _foot[k].SpaceBefore) + _foot[k].Height;
        return h;
    }

    private void Finish()
    {
        Placements.AddRange(_body);
        if (_foot.Count == 0 || _area is null) return;
        var y = _pageHeight - FootHeight(_foot.Count);
        Placements.Add(new Placement(_area.Separator, y));
        y += _area.Separator.Height;
        for (var k = 0; k < _foot.Count; k++)
        {
            if (k > 0) y += _foot[k].SpaceBefore;
            Placements.Add(new Placement(_foot[k], y));
            y += _foot[k].Height;
        }
    }
}
