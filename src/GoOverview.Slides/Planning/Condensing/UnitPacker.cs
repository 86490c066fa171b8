using System.Collections.Immutable;

namespace GoOverview.Slides.Planning.Condensing;

/// <summary>A slide's worth of units: the paragraphs shown and the notes (the units' full text).</summary>
/// <remarks>RightColumn is set when the page is a list of short bullets in two columns (Paragraphs the left one).</remarks>
internal sealed record PackedPage(ImmutableArray<SlideParagraph> Paragraphs, string Notes)
{
    /// <summary>Ids of the subheadings on the page ("#id" links jump to this slide).</summary>
    public ImmutableArray<string> Anchors { get; init; } = [];

    public ImmutableArray<SlideParagraph> RightColumn { get; init; } = [];
}

/// <summary>
/// Puts the text units of one run (between code, tables, figures and forced breaks) on slides: whole units only,
/// at most <see cref="MaxItems"/> bullets and <see cref="MaxWeight"/> characters of text a slide, and within the
/// measured body box; a subheading never ends a slide. One size for the whole section: 24 pt unless 20 pt needs
/// fewer slides or a unit fits only at 20 pt. A unit too big for a slide even alone is cut between its lines (the
/// fitter's last resort).
/// </summary>
internal sealed class UnitPacker(SlideTheme theme, BodyFitter fitter)
{
    public const int MaxItems = 6;
    public const double MaxWeight = 150;

    /// <summary>What condensing aims at: a slide of about this much text (a slide may still take up to <see cref="MaxWeight"/>).</summary>
    public const double TargetWeight = 120;

    public double ChooseSize(IReadOnlyList<IReadOnlyList<SlideUnit>> runs)
    {
        var preferred = theme.BodyFontSizes[0];
        var smallest = theme.MinBodyFontSize;
        if (preferred == smallest) return preferred;
        var all = runs.SelectMany(r => r).ToList();
        if (all.Any(u => !fitter.Fits(u.Paragraphs, preferred, ContentKind.Body))) return smallest;
        var atPreferred = runs.Sum(r => Pack(r, preferred).Count);
        var atSmallest = runs.Sum(r => Pack(r, smallest).Count);
        return atSmallest < atPreferred ? smallest : preferred;
    }

    /// <summary>Short one-line bullets (up to this weight) may fill a slide up to <see cref="MaxShortItems"/>.</summary>
    public const double ShortItemWeight = 12;

    public const int MaxShortItems = 8;

    /// <summary>A page of only short bullets may hold this many, in two columns.</summary>
    public const int MaxColumnItems = 16;

    /// <summary>
    /// Condenses the longest units harder (their first clauses) until the text fits the fewest slides its bullet
    /// count allows: a section of four long paragraphs becomes one slide of four short bullets, not two slides.
    /// </summary>
    public static List<SlideUnit> Tighten(IReadOnlyList<SlideUnit> units)
    {
        var result = units.ToList();
        var slides = Math.Max(1, (int)Math.Ceiling(result.Sum(u => u.Items) / (double)MaxItems));
        foreach (var i in Enumerable.Range(0, result.Count).OrderByDescending(i => result[i].Weight).ToList())
        {
            if (result.Sum(u => u.Weight) <= TargetWeight * slides) break;
            result[i] = result[i] with { Paragraphs = result[i].Tight };
        }
        return result;
    }

    public List<PackedPage> Pack(IReadOnlyList<SlideUnit> units, double size)
    {
        var pages = PackGreedy(Tighten(units), size);
        if (pages.Count <= 1) return pages;
        // Still more slides than needed: every unit condensed harder, when that saves a slide.
        var tight = PackGreedy(units.Select(u => u with { Paragraphs = u.Tight }).ToList(), size);
        return tight.Count < pages.Count ? tight : pages;
    }

    private List<PackedPage> PackGreedy(IReadOnlyList<SlideUnit> units, double size)
    {
        var pages = new List<PackedPage>();
        var page = new List<SlideUnit>();
        foreach (var unit in units)
        {
            if (page.Count > 0 && !Fits(page, unit, size))
            {
                // a subheading goes with what follows it
                var carried = new List<SlideUnit>();
                while (page.Count > 1 && page[^1].Kind == UnitKind.Subheading)
                {
                    carried.Insert(0, page[^1]);
                    page.RemoveAt(page.Count - 1);
                }
                Flush(pages, page, size);
                page = carried;
            }
            page.Add(unit);
        }
        if (page.Count > 0) Flush(pages, page, size);
        return pages;
    }

    private bool Fits(List<SlideUnit> page, SlideUnit unit, double size)
    {
        var allShort = page.Append(unit).All(IsShortItem);
        var grid = allShort && page.Append(unit).All(u => u.Kind == UnitKind.Text);
        if (page.Sum(u => u.Items) + unit.Items > (grid ? MaxColumnItems : allShort ? MaxShortItems : MaxItems)) return false;
        if (grid && page.Count + 1 > MaxItems) return ColumnsFit(page.Append(unit).ToList(), size);
        if (page.Sum(u => u.Weight) + unit.Weight > MaxWeight) return false;
        return fitter.Fits(BodyBuilder.WithBoxEdges(page.SelectMany(u => u.Paragraphs).Concat(unit.Paragraphs)), size, ContentKind.Body);
    }

    private static bool IsShortItem(SlideUnit unit) => unit.Kind == UnitKind.Text && unit.Items == 1 && unit.Paragraphs.Length == 1 && unit.Weight <= ShortItemWeight;

    private bool ColumnsFit(List<SlideUnit> page, double size)
    {
        var (left, right) = Columns(page);
        return left.All(p => fitter.Lines(p, size, theme.LeftColumn).Count == 1) && right.All(p => fitter.Lines(p, size, theme.RightColumn).Count == 1)
            && fitter.Fits(left, size, ContentKind.Body) && fitter.Fits(right, size, ContentKind.Body);
    }

    private static (ImmutableArray<SlideParagraph> Left, ImmutableArray<SlideParagraph> Right) Columns(List<SlideUnit> page)
    {
        var paragraphs = page.SelectMany(u => u.Paragraphs).ToList();
        var half = (paragraphs.Count + 1) / 2;
        return ([.. paragraphs.Take(half)], [.. paragraphs.Skip(half)]);
    }

    private void Flush(List<PackedPage> pages, List<SlideUnit> page, double size)
    {
        var paragraphs = BodyBuilder.WithBoxEdges(page.SelectMany(u => u.Paragraphs)).ToImmutableArray();
        var notes = string.Join('\n', page.Select(u => u.Notes).Where(n => n.Length > 0));
        var anchors = page.Select(u => u.Source).OfType<GoOverview.Model.Heading>().Select(h => h.Attr.Id).Where(id => id.Length > 0).ToImmutableArray();
        if (page.Count > MaxItems && page.All(u => u.Kind == UnitKind.Text && IsShortItem(u)))
        {
            var (left, right) = Columns(page);
            pages.Add(new PackedPage(left, notes) { RightColumn = right, Anchors = anchors });
            return;
        }
        if (fitter.Fits(paragraphs, size, ContentKind.Body))
        {
            pages.Add(new PackedPage(paragraphs, notes) { Anchors = anchors });
            return;
        }
        // One unit larger than a slide: cut between measured lines; each part's notes are its own text.
        var parts = fitter.Paginate(paragraphs, size, ContentKind.Body);
        for (var i = 0; i < parts.Count; i++)
            pages.Add(new PackedPage(parts[i], i == 0 ? notes : string.Join('\n', parts[i].Select(p => p.Text))) { Anchors = i == 0 ? anchors : [] });
    }
}
