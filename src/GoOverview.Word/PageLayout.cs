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

    public SectionProperties ToSection(string headerId, string footerId)
    {
        var section = ToSectionWithoutHeaders();
        section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = footerId });
        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = headerId });
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
