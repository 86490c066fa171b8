using GoOverview.Model;

namespace GoOverview.Pdf.Drawing;

/// <summary>Page size and margins in points; the content box is what is left inside the margins.</summary>
internal sealed record PageGeometry(float Width, float Height, PdfMargins Margins)
{
    public float ContentWidth => Width - Margins.Left - Margins.Right;
    public float ContentHeight => Height - Margins.Top - Margins.Bottom;

    public static PageGeometry For(PaperSize paper, PdfMargins margins) => new(paper.WidthPt, paper.HeightPt, margins);

    /// <summary>
    /// The same page with the text block narrowed to a whole number of <paramref name="em"/>s (the rest shared by the
    /// left and right margins), so a line of Han characters fills it exactly and needs no tracking.
    /// </summary>
    public PageGeometry WholeEmsWide(float em)
    {
        if (em <= 0) return this;
        var ems = MathF.Floor(ContentWidth / em + 0.001f);
        if (ems < 1) return this;
        var spare = (ContentWidth - ems * em) / 2;
        return this with { Margins = Margins with { Left = Margins.Left + spare, Right = Margins.Right + spare } };
    }
}
