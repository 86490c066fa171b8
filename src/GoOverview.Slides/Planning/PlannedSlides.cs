using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Slides.Planning;

/// <summary>A slide of the plan. Every slide writer draws the same records; TitleFontSize was chosen so the title fits its box.</summary>
internal abstract record PlannedSlide(string Title, double TitleFontSize, SourceLocation? Location);

/// <summary>The opening slide: document title and a subtitle line (subtitle, authors, date).</summary>
internal sealed record TitleSlide(string Title, double TitleFontSize, string Subtitle) : PlannedSlide(Title, TitleFontSize, null);

/// <summary>A divider slide for a top-level section (H2). AnchorId is the heading's id (a target of "#id" links).</summary>
internal sealed record SectionSlide(string Title, double TitleFontSize, string AnchorId, SourceLocation? Location)
    : PlannedSlide(Title, TitleFontSize, Location);

internal enum ContentKind
{
    /// <summary>Paragraphs and bullets.</summary>
    Body,

    /// <summary>A compact list of links (a section's references).</summary>
    References,
}

/// <summary>
/// A titled slide with body text that fits the body box at <see cref="FontSize"/> (the planner measured it).
/// Notes hold the full source text of the section the slide comes from (later slides of a long section: their own text).
/// </summary>
internal sealed record ContentSlide(
    string Title,
    double TitleFontSize,
    ContentKind Kind,
    double FontSize,
    ImmutableArray<SlideParagraph> Body,
    string Notes,
    string AnchorId,
    bool IsContinuation,
    SourceLocation? Location) : PlannedSlide(Title, TitleFontSize, Location)
{
    /// <summary>Callout boxes drawn behind the body text.</summary>
    public ImmutableArray<CalloutBand> Bands { get; init; } = [];
}

/// <summary>
/// A slide showing one picture of a section, scaled into the body box (PictureBox), with its caption under it
/// (CaptionBox, null when the caption stays in the notes only). Notes hold the section's full text.
/// </summary>
internal sealed record PictureSlide(
    string Title,
    double TitleFontSize,
    SlidePicture Picture,
    Box PictureBox,
    ImmutableArray<SlideRun> Caption,
    double CaptionFontSize,
    Box? CaptionBox,
    string Notes,
    string AnchorId,
    SourceLocation? Location) : PlannedSlide(Title, TitleFontSize, Location);

/// <summary>The whole deck as planned, with the theme (geometry, sizes) it was planned for.</summary>
internal sealed record SlidePlan(ImmutableArray<PlannedSlide> Slides, SlideTheme Theme);
