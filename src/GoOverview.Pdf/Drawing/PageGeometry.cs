namespace GoOverview.Pdf.Drawing;

/// <summary>Page size and margins in points; the content box is what is left inside the margins.</summary>
internal sealed record PageGeometry(float Width, float Height, PdfMargins Margins)
{
    public float ContentWidth => Width - Margins.Left - Margins.Right;
    public float ContentHeight => Height - Margins.Top - Margins.Bottom;

    public static PageGeometry For(PaperSize paper, PdfMargins margins) => paper switch
    {
        PaperSize.Letter => new PageGeometry(612, 792, margins),
        _ => new PageGeometry(595.276f, 841.89f, margins),
    };
}
