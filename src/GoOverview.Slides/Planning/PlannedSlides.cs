using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Slides.Planning;

/// <summary>A slide of the plan. Every slide writer draws the same records; TitleFontSize was chosen so the title fits its box.</summary>
internal abstract record PlannedSlide(string Title, double TitleFontSize, SourceLocation? Location)
{
    /// <summary>The small section tag above the title (breadcrumb: the chapter a content slide belongs to); empty for none.</summary>
    public string Tag { get; init; } = "";
}

/// <summary>The opening slide: document title and a subtitle line (subtitle, authors, date).</summary>
internal sealed record TitleSlide(string Title, double TitleFontSize, string Subtitle) : PlannedSlide(Title, TitleFontSize, null)
{
    /// <summary>The closing slide ("谢谢！" over the deck title), drawn as the title slide is.</summary>
    public bool IsClosing { get; init; }
}

/// <summary>A divider slide for a top-level section (H2). AnchorId is the heading's id (a target of "#id" links).</summary>
internal sealed record SectionSlide(string Title, double TitleFontSize, string AnchorId, SourceLocation? Location)
    : PlannedSlide(Title, TitleFontSize, Location)
{
    /// <summary>The section's number in the deck (1, 2, …), shown large on the divider's colour field; 0 for none.</summary>
    public int Number { get; init; }
}

internal enum ContentKind
{
    /// <summary>Paragraphs and bullets.</summary>
    Body,

    /// <summary>A compact list of links (a section's references).</summary>
    References,

    /// <summary>The agenda: the deck's sections, numbered.</summary>
    Agenda,

    /// <summary>Lines of a code block (monospace, sizes down to 14 pt, continued at line boundaries).</summary>
    Code,
}

/// <summary>
/// A titled slide with body text that fits the body box at <see cref="FontSize"/> (the planner measured it).
/// Notes hold exactly the source text the slide shows (condensed), with the footnotes it cites.
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
    /// <summary>Ids of the subheadings the slide shows: "#id" links to them jump here.</summary>
    public ImmutableArray<string> SubheadingAnchors { get; init; } = [];

    /// <summary>A second column of short bullets (the body is then the left column), or empty.</summary>
    public ImmutableArray<SlideParagraph> RightColumn { get; init; } = [];

    /// <summary>Callout boxes drawn behind the body text.</summary>
    public ImmutableArray<CalloutBand> Bands { get; init; } = [];
}

/// <summary>
/// A slide showing one picture of a section, scaled into the body box (PictureBox), with its caption under it
/// (CaptionBox, null when the caption stays in the notes only). Notes hold the figure's text.
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

/// <summary>A cell of a planned table: its runs and alignment.</summary>
internal sealed record TableCellPlan(ImmutableArray<SlideRun> Runs, ColumnAlignment Alignment);

/// <summary>
/// A slide with (part of) a table: the header row (repeated on every slide of the table) and the rows that fit, in a
/// frame at the top of the body box; column widths and row heights (header first) are measured at FontSize.
/// </summary>
internal sealed record TableSlide(
    string Title,
    double TitleFontSize,
    ImmutableArray<TableCellPlan> Header,
    ImmutableArray<ImmutableArray<TableCellPlan>> Rows,
    ImmutableArray<double> ColumnWidths,
    ImmutableArray<double> RowHeights,
    double FontSize,
    Box Frame,
    string Notes,
    string AnchorId,
    SourceLocation? Location) : PlannedSlide(Title, TitleFontSize, Location)
{
    public const double PaddingX = 6, PaddingY = 4;
}

/// <summary>The whole deck as planned, with the theme (geometry, sizes) it was planned for.</summary>
internal sealed record SlidePlan(ImmutableArray<PlannedSlide> Slides, SlideTheme Theme);
