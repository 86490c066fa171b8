using System.Collections.Immutable;
using GoOverview.Markdown.Conversion;
using GoOverview.Model;
using Markdig.Extensions.Footnotes;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Blocks;

/// <summary>
/// Footnote bodies ([^label]: …) in the order of first reference (Markdig's Order, 1-based). Markdig silently
/// drops a footnote nobody references; that is reported here instead of losing it without a word.
/// </summary>
internal static class FootnoteConverter
{
    public static ImmutableArray<FootnoteDefinition> Collect(Md.MarkdownDocument document, ConversionContext context)
    {
        var notes = new List<FootnoteDefinition>();
        foreach (var note in document.OfType<FootnoteGroup>().SelectMany(g => g.OfType<Footnote>()))
        {
            if (note.Order <= 0) continue;
            var blocks = BlockConverter.Nested(note, context);
            notes.Add(new FootnoteDefinition(Label(note), note.Order, blocks) { Location = context.At(note) });
        }
        ReportUnreferenced(document, context);
        return notes.OrderBy(n => n.Number).ToImmutableArray();
    }

    /// <summary>Markdig keeps the label with its leading '^'.</summary>
    public static string Label(Footnote note) => (note.Label ?? note.Order.ToString()).TrimStart('^');

    private static void ReportUnreferenced(Md.MarkdownDocument document, ConversionContext context)
    {
        foreach (var definition in document.OfType<Md.LinkReferenceDefinitionGroup>().SelectMany(g => g.OfType<FootnoteLinkReferenceDefinition>()))
        {
            if (definition.Footnote is { Order: > 0 }) continue;
            var label = (definition.Footnote?.Label ?? definition.Label ?? "").TrimStart('^');
            context.Diagnostics.Warning("unused-footnote", $"footnote [^{label}] is never referenced; it is left out", context.At(definition));
        }
    }
}
