using DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word;

/// <summary>Page size and margins in twips: A4 with Word's Chinese default margins unless the reference document says otherwise.</summary>
internal sealed record PageLayout(int Width, int Height, int Top, int Bottom, int Left, int Right, int Header, int Footer)
{
    public static readonly PageLayout A4 = new(11906, 16838, 1440, 1440, 1800, 1800, 851, 992);

    public int TextWidthTwips => Width - Left - Right;

    /// <summary>The reference section's page size and margins where given, else A4.</summary>
    public static PageLayout From(SectionProperties? section)
    {
        var size = section?.GetFirstChild<PageSize>();
        var margin = section?.GetFirstChild<PageMargin>();
        var a4 = A4;
        return new PageLayout(
            (int?)size?.Width?.Value ?? a4.Width,
            (int?)size?.Height?.Value ?? a4.Height,
            margin?.Top?.Value ?? a4.Top,
            margin?.Bottom?.Value ?? a4.Bottom,
            (int?)margin?.Left?.Value ?? a4.Left,
            (int?)margin?.Right?.Value ?? a4.Right,
            (int?)margin?.Header?.Value ?? a4.Header,
            (int?)margin?.Footer?.Value ?? a4.Footer);
    }

    /// <summary>The page of --paper and --margins where given, else <paramref name="page"/> (the reference document's).</summary>
    public static PageLayout WithOptions(PageLayout page, DocxOptions options)
    {
        var result = page;
        if (options.Paper is { } paper)
        {
            var (width, height) = Model.PageMarginRule.PaperMm(paper);
            result = result with { Width = Twips(width), Height = Twips(height) };
        }
        if (options.MarginsMm is { Count: 4 } m)
            result = result with { Top = Twips(m[0]), Right = Twips(m[1]), Bottom = Twips(m[2]), Left = Twips(m[3]) };
        return result;
    }

    private static int Twips(float mm) => (int)Math.Round(mm * 1440 / 25.4);

    /// <summary>The section with its header and footer; a title page gets the blank first-page pair (w:titlePg).</summary>
    public SectionProperties ToSection(string headerId, string footerId, (string Header, string Footer)? titlePage = null)
    {
        var section = ToSectionWithoutHeaders();
        section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
        if (titlePage is { } first)
        {
            section.PrependChild(new FooterReference { Type = HeaderFooterValues.First, Id = first.Footer });
            section.PrependChild(new HeaderReference { Type = HeaderFooterValues.First, Id = first.Header });
            section.InsertBefore(new TitlePage(), section.GetFirstChild<DocGrid>());
        }
        return section;
    }

    public SectionProperties ToSectionWithoutHeaders()
    {
        var section = new SectionProperties();
        section.Append(
            new PageSize { Width = (uint)Width, Height = (uint)Height },
            new PageMargin { Top = Top, Bottom = Bottom, Left = (uint)Left, Right = (uint)Right, Header = (uint)Header, Footer = (uint)Footer, Gutter = 0U },
            new Columns { Space = "425" },
            new DocGrid { LinePitch = 312 });
        return section;
    }
}
