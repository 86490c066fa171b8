using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using Markdig.Extensions.Footnotes;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary>Footnote bodies ([^label]: …) in the order of first reference (Markdig's Order, 1-based).</summary>
internal static class FootnoteConverter
{
    public static ImmutableArray<FootnoteDefinition> Collect(Md.MarkdownDocument document, ConversionContext context)
    {
        var notes = new List<FootnoteDefinition>();
        foreach (var group in document.OfType<FootnoteGroup>())
        {
            foreach (var note in group.OfType<Footnote>())
            {
                if (note.Order <= 0)
                {
                    context.Diagnostics.Warning("unused-footnote", $"footnote [^{note.Label}] is never referenced; it is left out", context.At(note));
                    continue;
                }
                var blocks = BlockConverter.Nested(note, context);
                notes.Add(new FootnoteDefinition(note.Label ?? note.Order.ToString(), note.Order, blocks) { Location = context.At(note) });
            }
        }
        return notes.OrderBy(n => n.Number).ToImmutableArray();
    }
}
