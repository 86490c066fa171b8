using GoOverview.Model;

namespace GoOverview.Pdf.Flow;

/// <summary>Where blocks are set: x offset and width inside the content box, quote bars, inherited text colour.</summary>
internal sealed record Frame(float Indent, float Width, float[] QuoteBars, RgbColor TextColor, int ListDepth = 0)
{
    public Frame Inset(float by) => this with { Indent = Indent + by, Width = Width - by };
}
