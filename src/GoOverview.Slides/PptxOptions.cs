namespace GoOverview.Slides;

/// <summary>Options of the slide deck writer (the CLI maps its flags to these).</summary>
public sealed record PptxOptions
{
    public static readonly PptxOptions Default = new();

    /// <summary>A user .pptx whose layouts ("Title Slide", "Section Header", "Title and Content", found by name) and theme the deck uses (--reference-pptx).</summary>
    public string? ReferencePptxPath { get; init; }

    /// <summary>Embed the bundled fonts, cut down to the deck's characters, so the deck looks the same where they are not installed (default on).</summary>
    public bool EmbedFonts { get; init; } = true;

    /// <summary>
    /// Headings of this level start slides, higher ones section dividers, deeper ones subheadings on their slide
    /// (pandoc's --slide-level); null: 3 when the document has H3 headings, else 2. Also used by slides-pdf.
    /// </summary>
    public int? SlideLevel { get; init; }
}
