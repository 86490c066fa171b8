using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Slides.Planning;

/// <summary>
/// Callouts (a tinted box: a coloured icon-and-title line, then the content), tab sets (each label bold, its content
/// below), definition lists (bold term, indented definitions) and page breaks (a new slide) in slide bodies.
/// </summary>
internal sealed partial class BodyBuilder
{
    /// <summary>The icon-and-title line and the content, one level in, all marked to be drawn on the callout's box.</summary>
    private void AddCallout(List<SlideParagraph> result, Callout callout, int level)
    {
        var accent = CalloutStyles.For(callout.Kind).Accent;
        var heading = _inlines.Lines(CalloutStyles.Heading(callout, Words), callout.Location).SelectMany(l => l)
            .Select(r => r with { Style = r.Style with { Bold = true, Color = accent } }).ToImmutableArray();
        var first = result.Count;
        result.Add(new SlideParagraph(heading, level + 1, ParagraphMarker.None, 0, false, callout.Location) { KeepWithNext = true });
        foreach (var block in callout.Blocks) AddBlock(result, block, level + 1);
        var mark = new CalloutMark(callout.Kind, level);
        for (var i = first; i < result.Count; i++) result[i] = result[i] with { Callout = mark }; // the outermost box wins
    }

    /// <summary>Where a callout box starts or ends, the next paragraph makes room for the box's padding.</summary>
    /// <summary>The paragraphs of a slide with the box edges marked (units built apart are put together on a slide).</summary>
    public static List<SlideParagraph> WithBoxEdges(IEnumerable<SlideParagraph> paragraphs)
    {
        var list = paragraphs.Select(p => p.StartsBox ? p with { StartsBox = false } : p).ToList();
        MarkBoxEdges(list);
        return list;
    }

    private static void MarkBoxEdges(List<SlideParagraph> result)
    {
        for (var i = 1; i < result.Count; i++)
            if (!ReferenceEquals(result[i].Callout, result[i - 1].Callout)) result[i] = result[i] with { StartsBox = true };
    }

    private void AddTabSet(List<SlideParagraph> result, TabSet set, int level)
    {
        foreach (var tab in set.Tabs)
        {
            AddKeptTitle(result, tab.Label, level, set.Location);
            foreach (var block in tab.Blocks) AddBlock(result, block, level + 1);
        }
    }

    private void AddDefinitions(List<SlideParagraph> result, DefinitionList list, int level)
    {
        foreach (var item in list.Items)
        {
            foreach (var term in item.Terms) AddKeptTitle(result, term, level, list.Location);
            foreach (var block in item.Definitions.SelectMany(d => d)) AddBlock(result, block, level + 1);
        }
    }

    private void AddKeptTitle(List<SlideParagraph> result, ImmutableArray<Inline> title, int level, SourceLocation? location)
    {
        var first = result.Count;
        AddInlines(result, title, level, ParagraphMarker.None, 0, location, bold: true);
        if (result.Count > first) result[^1] = result[^1] with { KeepWithNext = true };
    }

    private static void AddPageBreak(List<SlideParagraph> result, PageBreak pageBreak) =>
        result.Add(new SlideParagraph([], 0, ParagraphMarker.None, Location: pageBreak.Location) { BreaksSlide = true });

    /// <summary>The body cut at its page breaks (the markers themselves dropped); empty parts are left out.</summary>
    public static List<ImmutableArray<SlideParagraph>> SplitAtBreaks(ImmutableArray<SlideParagraph> body)
    {
        var parts = new List<ImmutableArray<SlideParagraph>>();
        var part = ImmutableArray.CreateBuilder<SlideParagraph>();
        foreach (var paragraph in body)
        {
            if (!paragraph.BreaksSlide)
            {
                part.Add(paragraph);
                continue;
            }
            if (part.Count > 0) parts.Add(part.ToImmutable());
            part.Clear();
        }
        if (part.Count > 0 || parts.Count == 0) parts.Add(part.ToImmutable());
        return parts;
    }
}
