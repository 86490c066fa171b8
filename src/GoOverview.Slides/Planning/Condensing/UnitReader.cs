using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using GoOverview.Model;

namespace GoOverview.Slides.Planning.Condensing;

/// <summary>
/// A slide section's blocks → units. Paragraphs and list items become bullets, condensed (<see cref="RunCondenser"/>)
/// unless the deck is explicit (the author wrote the slides); an item with a lead-in shows only that, its nested
/// list goes to the notes. Every unit's notes are the full text of its blocks plus the footnotes they cite.
/// </summary>
internal sealed partial class UnitReader(InlineRuns inlines, BodyBuilder bodies, IReadOnlyDictionary<int, FootnoteDefinition> footnotes,
    bool condense, bool explicitBreaks)
{
    /// <summary>Colour of subheadings (the title colour, as the PDF handout's headings).</summary>
    public static readonly RgbColor SubheadingColor = new(0x00, 0x60, 0x6F);

    public List<SlideUnit> Read(IEnumerable<Block> blocks)
    {
        var units = new List<SlideUnit>();
        foreach (var block in blocks) Add(units, block);
        if (condense) KeepFirstPointUnderSubheadings(units);
        return units;
    }

    /// <summary>
    /// Condensed harder, a subsection (a subheading and its paragraphs) shows its first paragraph only: the
    /// others are left to the notes (their tight form is empty).
    /// </summary>
    private static void KeepFirstPointUnderSubheadings(List<SlideUnit> units)
    {
        var seen = -1; // text units seen since the last subheading; -1 before any
        for (var i = 0; i < units.Count; i++)
        {
            if (units[i].Kind == UnitKind.Subheading) { seen = 0; continue; }
            if (seen < 0 || units[i].Kind != UnitKind.Text) continue;
            if (seen++ > 0 && units[i].Source is Paragraph p && Formula.DisplayEquationOf(p) is null) units[i] = units[i] with { Tight = [] };
        }
    }

    private void Add(List<SlideUnit> units, Block block)
    {
        switch (block)
        {
            case Paragraph p when bodies.DisplayEquation(p, 0) is { } equation:
                units.Add(new SlideUnit(UnitKind.Text, [equation], Notes(block), block));
                break;
            case Paragraph p:
                if (Condensed(p.Content, 0, p.Location, leadOnly: false) is { Normal: { } paragraph } condensed)
                    units.Add(new SlideUnit(UnitKind.Text, [paragraph], Notes(block), block) { Tight = [condensed.Tight!] });
                break;
            case BulletList or OrderedList:
                AddList(units, block);
                break;
            case Heading h:
                var runs = inlines.Lines(h.Content, h.Location).SelectMany(l => l)
                    .Select(r => r with { Style = r.Style with { Bold = true, Color = r.Style.Color ?? SubheadingColor } }).ToImmutableArray();
                if (runs.Length > 0) runs = runs.SetItem(runs.Length - 1, runs[^1] with { Text = runs[^1].Text.TrimEnd().TrimEnd('：', ':') }); // as slide titles
                runs = runs.Where(r => r.Text.Length > 0).ToImmutableArray();
                if (runs.Length > 0)
                    units.Add(new SlideUnit(UnitKind.Subheading, [new SlideParagraph(runs, 0, ParagraphMarker.None, 0, false, h.Location) { KeepWithNext = true }], Notes(block), h));
                break;
            case Div d when d.Attr.HasClass("notes"):
                units.Add(new SlideUnit(UnitKind.Notes, [], string.Join('\n', d.Blocks.Select(NotesText.OfBlock))));
                break;
            case SpeakerNotes n:
                units.Add(new SlideUnit(UnitKind.Notes, [], n.Text));
                break;
            case BlockQuote or Div:
                foreach (var child in DocumentWalker.ChildBlocks(block)) Add(units, child);
                break;
            case CodeBlock:
                units.Add(new SlideUnit(UnitKind.Code, [], Notes(block), block));
                break;
            case Table:
                units.Add(new SlideUnit(UnitKind.Table, [], Notes(block), block));
                break;
            case Figure:
                units.Add(new SlideUnit(UnitKind.Figure, [], Notes(block), block));
                break;
            case PageBreak:
                units.Add(new SlideUnit(UnitKind.Break, [], ""));
                break;
            case ThematicBreak when explicitBreaks:
                units.Add(new SlideUnit(UnitKind.Break, [], ""));
                break;
            case RawBlock raw when NotesComment(raw) is { } notes:
                units.Add(new SlideUnit(UnitKind.Notes, [], notes));
                break;
            case Callout or TabSet or DefinitionList:
                var body = bodies.Build([block]);
                if (!body.IsEmpty) units.Add(new SlideUnit(UnitKind.Box, body, Notes(block)));
                break;
        }
    }

    /// <summary>
    /// The text of an HTML comment that is a speaker note: "&lt;!-- notes: … --&gt;", or (as Marp does) any comment that
    /// is not a directive ("key: value" with a Latin key, e.g. "_class: lead") or a marker the reader knows.
    /// </summary>
    public static string? NotesComment(RawBlock raw)
    {
        if (raw.Format != "html") return null;
        var match = CommentPattern().Match(raw.Text.Trim());
        if (!match.Success) return null;
        var text = match.Groups[1].Value.Trim();
        var notes = NotesPrefix().Match(text);
        if (notes.Success) return text[notes.Length..].Trim();
        if (text.Length == 0 || DirectivePattern().IsMatch(text) || MarkerPattern().IsMatch(text)) return null;
        return text;
    }

    [GeneratedRegex(@"^<!--(.*)-->$", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"^(?:notes?|speaker[-_ ]?notes|备注|讲稿)\s*[:：]", RegexOptions.IgnoreCase)]
    private static partial Regex NotesPrefix();

    [GeneratedRegex(@"^_?[A-Za-z][\w-]*\s*:\s*\S[^\n]*$")]
    private static partial Regex DirectivePattern();

    [GeneratedRegex(@"^(?:page-?break|more|toc|fit|prettier-ignore.*|markdownlint.*|-+)$", RegexOptions.IgnoreCase)]
    private static partial Regex MarkerPattern();

    private void AddList(List<SlideUnit> units, Block list)
    {
        var ordered = list is OrderedList;
        var number = list is OrderedList o ? o.Start : 1;
        var items = LinkLists.Items(list).Where(i => !LinkLists.IsEmpty(i)).ToList();
        // A long list of lead-ins ("**银行业**：…" × 19) shows only the lead-ins, so a slide holds more of them.
        var leadOnly = condense && items.Count >= LongLeadInList && items.All(HasLeadIn);
        foreach (var item in items)
        {
            var marker = ordered ? $"{number}. " : "• ";
            var paragraphs = Item(item, 0, ordered, number, leadOnly);
            if (paragraphs.Count > 0)
                units.Add(new SlideUnit(UnitKind.Text, paragraphs.Select(p => p.Normal).ToImmutableArray(), NotesText.OfItem(item, marker) + Footnotes(item.Blocks))
                {
                    Tight = paragraphs.Select(p => p.Tight).ToImmutableArray(),
                });
            number++;
        }
    }

    /// <summary>Lists of at least this many lead-in items show the lead-ins only.</summary>
    public const int LongLeadInList = 8;

    private bool HasLeadIn(ListItem item)
    {
        if (item.Blocks.FirstOrDefault() is not Paragraph p) return false;
        var runs = inlines.Lines(p.Content, p.Location).FirstOrDefault();
        return !runs.IsDefaultOrEmpty && RunCondenser.LeadInEnd(runs, string.Concat(runs.Select(r => r.Text)), minAfter: 0) > 0;
    }

    /// <summary>An item's bullet and (unless it has a lead-in, whose details go to the notes) its nested items.</summary>
    private List<(SlideParagraph Normal, SlideParagraph Tight)> Item(ListItem item, int level, bool ordered, int number, bool leadOnly = false)
    {
        var result = new List<(SlideParagraph Normal, SlideParagraph Tight)>();
        var leadIn = false;
        foreach (var block in item.Blocks)
        {
            if (block is Paragraph p && result.Count == 0)
            {
                var content = p.Content;
                if (item.Task != TaskState.None) content = content.Insert(0, new Text(item.Task == TaskState.Checked ? "☑ " : "☐ "));
                var (paragraph, tight, hasLeadIn) = Condensed(content, level, p.Location, leadOnly);
                if (paragraph is null || tight is null) continue;
                leadIn = hasLeadIn;
                result.Add(ordered ? (Numbered(paragraph, number), Numbered(tight, number)) : (paragraph, tight));
            }
            else if (block is BulletList or OrderedList && !leadIn && level < 2)
            {
                var n = block is OrderedList o ? o.Start : 1;
                foreach (var child in LinkLists.Items(block))
                {
                    if (LinkLists.IsEmpty(child)) continue;
                    result.AddRange(Item(child, level + 1, block is OrderedList, n++, leadOnly));
                }
            }
        }
        return result;
    }

    private static SlideParagraph Numbered(SlideParagraph paragraph, int number) => paragraph with
    {
        Marker = ParagraphMarker.Number, Number = number,
        Runs = paragraph.Runs.Insert(0, new SlideRun(number.ToString(CultureInfo.InvariantCulture) + ". ", RunStyle.Plain)),
    };

    private (SlideParagraph? Normal, SlideParagraph? Tight, bool LeadIn) Condensed(ImmutableArray<Inline> content, int level, SourceLocation? location, bool leadOnly)
    {
        var lines = inlines.Lines(content, location);
        if (lines.IsEmpty) return (null, null, false);
        var runs = PunctuationSpacing.Clean(lines.Length == 1 || !condense ? Join(lines) : lines[0]);
        if (!condense)
        {
            var plain = new SlideParagraph(runs, level, level > 0 ? ParagraphMarker.Bullet : ParagraphMarker.None, 0, false, location);
            return (plain, plain, false);
        }
        var normal = RunCondenser.Condense(runs, tight: false, leadOnly);
        var tight = RunCondenser.Condense(runs, tight: true, leadOnly);
        return (new SlideParagraph(normal.Runs, level, ParagraphMarker.Bullet, 0, false, location),
            new SlideParagraph(tight.Runs, level, ParagraphMarker.Bullet, 0, false, location), normal.HasLeadIn);
    }

    /// <summary>Lines of a paragraph (hard breaks) joined into one run list with a space (explicit decks keep them as separate paragraphs in the notes).</summary>
    private static ImmutableArray<SlideRun> Join(ImmutableArray<ImmutableArray<SlideRun>> lines)
    {
        var result = ImmutableArray.CreateBuilder<SlideRun>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) result.Add(new SlideRun(" ", RunStyle.Plain));
            result.AddRange(lines[i]);
        }
        return result.ToImmutable();
    }

    private string Notes(Block block) => NotesText.OfBlock(block) + Footnotes([block]);

    /// <summary>The footnotes the blocks cite, as "[n] text" lines after the notes.</summary>
    private string Footnotes(IEnumerable<Block> blocks)
    {
        var cited = blocks.SelectMany(DocumentWalker.Descendants).SelectMany(DocumentWalker.OwnInlines)
            .SelectMany(i => DocumentWalker.Flatten(i)).OfType<FootnoteRef>().Select(f => f.Number).Distinct().ToList();
        var lines = cited.Where(footnotes.ContainsKey)
            .Select(n => $"[{n}] " + string.Join(" ", footnotes[n].Blocks.Select(NotesText.OfBlock)));
        return string.Concat(lines.Select(l => "\n" + l));
    }
}
