using GoOverview.Model;

namespace GoOverview.Pdf;

/// <summary>Options of the PDF handout (the CLI maps its flags onto these).</summary>
public sealed record PdfOptions
{
    /// <summary>Paper size (--paper, see <see cref="PaperSize"/>); A4 by default.</summary>
    public PaperSize Paper { get; init; } = PaperSize.A4;

    /// <summary>The body face (--font serif|sans); null keeps the theme's "bodyFont", else the run's fonts.</summary>
    public GoOverview.Fonts.BodyFont? BodyFont { get; init; }

    /// <summary>--link-urls: a link whose text is not its address gets the URL in a footnote (default) or nothing.</summary>
    public GoOverview.Export.LinkUrls LinkUrls { get; init; } = GoOverview.Export.LinkUrls.Footnote;

    /// <summary>Page margins in points (top, right, bottom, left); null keeps the theme's margins.</summary>
    public PdfMargins? Margins { get; init; }

    /// <summary>Whether to print a table of contents after the cover (--toc / --no-toc).</summary>
    public bool Toc { get; init; } = true;

    /// <summary>Headings up to this level appear in the table of contents (--toc-depth; 2–6, default 3). H1 is the
    /// document's title, so the contents list H2 and deeper.</summary>
    public int TocDepth { get; init; } = 3;

    /// <summary>Whether to print a cover page from the metadata (title, subtitle, authors, date).</summary>
    public bool Cover { get; init; } = true;

    /// <summary>A theme JSON file (--theme FILE) whose keys override templates/pdf/theme.json.</summary>
    public string? ThemePath { get; init; }

    /// <summary>Whether to add bookmarks (the outline) mirroring the headings.</summary>
    public bool Bookmarks { get; init; } = true;
}

/// <summary>Page margins in points.</summary>
public sealed record PdfMargins(float Top, float Right, float Bottom, float Left);
