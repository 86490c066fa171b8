using GoOverview.Model;
using GoOverview.Rendering.Images;
using GoOverview.Slides.Planning;

namespace GoOverview.Slides.Pictures;

/// <summary>
/// Figure pictures from the shared image service (its safety rules and one warning per URL): PNG, JPEG and GIF as
/// they are, WebP re-encoded as PNG, SVG rasterised to a PNG large enough for a full slide.
/// </summary>
internal sealed class SlidePictureLoader(ImageService images) : ISlidePictures
{
    /// <summary>Long side of a rasterised SVG: sharp on a projected 16:9 slide (about 2 pixels per point).</summary>
    private const int SvgRasterLongSide = 1800;

    public SlidePicture? Load(Figure figure)
    {
        var asset = images.Get(figure.Image.Url, figure.Location);
        if (asset is null) return null;
        var description = figure.Image.Alt.Trim().Length > 0 ? figure.Image.Alt.Trim() : PlainText.Of(figure.Caption).Trim();
        if (!asset.IsSvg)
        {
            var (bytes, mediaType, width, height) = asset.Portable();
            return new SlidePicture(figure.Image.Url, description, bytes, mediaType, width, height);
        }
        var (pngWidth, pngHeight) = asset.PngSize(SvgRasterLongSide);
        return new SlidePicture(figure.Image.Url, description, asset.Png(SvgRasterLongSide), "image/png", pngWidth, pngHeight)
        {
            NaturalWidth = asset.WidthPoints,
            NaturalHeight = asset.HeightPoints,
        };
    }
}
