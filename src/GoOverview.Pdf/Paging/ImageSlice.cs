using GoOverview.Pdf.Drawing;
using SkiaSharp;

namespace GoOverview.Pdf.Paging;

/// <summary>A raster image (PNG/JPEG kept as encoded data) or an SVG picture, scaled into Width × Height.</summary>
internal sealed class ImageSlice : Slice
{
    public SKImage? Raster { get; init; }
    public SKPicture? Vector { get; init; }
    public float Width { get; init; }

    public override void Draw(DrawContext context, float x, float y)
    {
        var rect = new SKRect(x, y, x + Width, y + Height);
        if (Raster is not null)
        {
            using var paint = new SKPaint { IsAntialias = true };
            context.Canvas.DrawImage(Raster, rect, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None), paint);
        }
        else if (Vector is not null)
        {
            var bounds = Vector.CullRect;
            context.Canvas.Save();
            context.Canvas.Translate(x, y);
            if (bounds.Width > 0 && bounds.Height > 0) context.Canvas.Scale(Width / bounds.Width, Height / bounds.Height);
            context.Canvas.Translate(-bounds.Left, -bounds.Top);
            context.Canvas.DrawPicture(Vector);
            context.Canvas.Restore();
        }
    }
}
