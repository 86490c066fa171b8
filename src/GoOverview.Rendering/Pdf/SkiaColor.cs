using GoOverview.Model;
using SkiaSharp;

namespace GoOverview.Rendering.Pdf;

public static class SkiaColor
{
    public static SKColor From(RgbColor c) => new(c.R, c.G, c.B, c.A);
}
