using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Slides.Planning;

internal enum ParagraphMarker
{
    /// <summary>Plain body paragraph, no marker.</summary>
    None,

    /// <summary>Bulleted list item.</summary>
    Bullet,

    /// <summary>Numbered list item; the number is <see cref="SlideParagraph.Number"/>.</summary>
    Number,
}

/// <summary>
/// One paragraph of a slide body. Level is the list nesting depth (0 = top). Continuation paragraphs carry on the
/// text of the paragraph before them (after a hard line break or a split across slides): they keep the item's
/// Marker (so the text stays at the item's indent) but draw no marker and get no space before.
/// </summary>
internal sealed record SlideParagraph(
    ImmutableArray<SlideRun> Runs,
    int Level,
    ParagraphMarker Marker,
    int Number = 0,
    bool IsContinuation = false,
    SourceLocation? Location = null)
{
    public string Text => string.Concat(Runs.Select(r => r.Text));

    /// <summary>Not shown: a page break in the source, where the body continues on a new slide.</summary>
    public bool BreaksSlide { get; init; }

    /// <summary>Set on the paragraphs of a callout (its outermost one): they are drawn on its tinted box.</summary>
    public CalloutMark? Callout { get; init; }

    /// <summary>The first paragraph inside or after a callout box: it gets room for the box's padding.</summary>
    public bool StartsBox { get; init; }

    /// <summary>A title line (callout, tab label, term): never the last paragraph of a slide when more follows.</summary>
    public bool KeepWithNext { get; init; }

    /// <summary>
    /// A display equation alone in its paragraph: its typeset height (display style) in ems of the paragraph's size,
    /// else 0. Such a paragraph is centred, and its one line is as tall as the equation needs.
    /// </summary>
    public double DisplayHeightEm { get; init; }

    public bool IsDisplayEquation => DisplayHeightEm > 0;
}
