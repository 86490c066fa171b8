using GoOverview.Pdf.Drawing;

namespace GoOverview.Pdf.Paging;

/// <summary>
/// Nothing drawn, no height: a heading that is not shown (the document H1 the cover already shows) still gets its
/// bookmark and link destination here, kept with what follows it.
/// </summary>
internal sealed class AnchorSlice : Slice
{
    public override void Draw(DrawContext context, float x, float y) { }
}
