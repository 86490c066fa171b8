using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Slides.Planning;

/// <summary>
/// Callouts (a coloured icon-and-title line, the content indented under it), tab sets (each label bold, its content
/// below), definition lists (bold term, indented definitions) and page breaks (a new slide) in slide bodies.
/// </summary>
internal sealed partial class BodyBuilder
{
    private void AddCallout(List<SlideParagraph> result, Callout callout, int level)
    {
        var accent = CalloutStyles.For(callout.Kind).Accent;
        var heading = _inlines.Lines(CalloutStyles.Heading(callout), callout.Location).SelectMany(l => l)
            .Select(r => r with { Style = r.Style with { Bold = true, Color = accent } }).ToImmutableArray();
        result.Add(new SlideParagraph(heading, level, ParagraphMarker.None, 0, false, callout.Location));
        foreach (var block in callout.Blocks) AddBlock(result, block, level + 1);
    }

    private void AddTabSet(List<SlideParagraph> result, TabSet set, int level)
    {
        foreach (var tab in set.Tabs)
        {
            AddInlines(result, tab.Label, level, ParagraphMarker.None, 0, set.Location, bold: true);
            foreach (var block in tab.Blocks) AddBlock(result, block, level + 1);
        }
    }

    private void AddDefinitions(List<SlideParagraph> result, DefinitionList list, int level)
    {
        foreach (var item in list.Items)
        {
            foreach (var term in item.Terms) AddInlines(result, term, level, ParagraphMarker.None, 0, list.Location, bold: true);
            foreach (var block in item.Definitions.SelectMany(d => d)) AddBlock(result, block, level + 1);
        }
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
