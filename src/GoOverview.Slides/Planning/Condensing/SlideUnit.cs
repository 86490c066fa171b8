using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Slides.Planning.Condensing;

internal enum UnitKind
{
    /// <summary>A bullet (a paragraph or list item, condensed) with any nested bullets.</summary>
    Text,

    /// <summary>A heading below the slide level: a bold line that never ends a slide.</summary>
    Subheading,

    /// <summary>Boxed content (callout, tabs, definitions), shown as built.</summary>
    Box,

    /// <summary>A forced new slide (page break, or "---" in an explicit deck).</summary>
    Break,

    /// <summary>Speaker notes only (notes comment, ::: notes): added to the notes of the slide before.</summary>
    Notes,

    /// <summary>A code block: its own slide(s).</summary>
    Code,

    /// <summary>A table: its own slide(s), split by rows.</summary>
    Table,

    /// <summary>A figure: its own slide.</summary>
    Figure,
}

/// <summary>
/// One piece of a slide section that is never split across slides: what it shows (condensed), and the full source
/// text it stands for (the notes of the slide that shows it).
/// </summary>
internal sealed record SlideUnit(UnitKind Kind, ImmutableArray<SlideParagraph> Paragraphs, string Notes, Block? Source = null)
{
    public double Weight => Paragraphs.Sum(p => SentenceText.Weight(p.Text));

    /// <summary>The unit condensed harder (first clauses), used when a section's bullets would not fit one slide otherwise.</summary>
    public ImmutableArray<SlideParagraph> Tight { get; init; } = Paragraphs;

    /// <summary>Top-level bullets the unit shows (nested ones belong to theirs); continuation lines and subheadings are not counted.</summary>
    public int Items => Kind == UnitKind.Subheading ? 0 : Math.Max(Paragraphs.IsEmpty ? 0 : 1, Paragraphs.Count(p => p.Level == 0 && !p.IsContinuation));
}
