using GoOverview.Model;
using GoOverview.Rendering.Images;
using SkiaSharp;

namespace GoOverview.Pdf.Flow;

/// <summary>A decoded image ready to draw, at its natural size in points (96 dpi for rasters).</summary>
internal sealed record LoadedImage(SKImage? Raster, SKPicture? Vector, float Height);

/// <summary>Takes images from the shared image service (safety rules, one warning per URL) and scales them to fit.</summary>
internal sealed class ImageLoader(ImageService images)
{
    private readonly Dictionary<string, (LoadedImage Image, float Width)?> _natural = new(StringComparer.Ordinal);

    /// <summary>The image scaled down (never up) to fit maxWidth × maxHeight; null (after a warning) when it cannot be read.</summary>
    public (LoadedImage Image, float Width)? Load(Image image, SourceLocation? where, float maxWidth, float maxHeight)
    {
        if (Natural(image, where) is not var (natural, w)) return null;
        var scale = Math.Min(1, Math.Min(maxWidth / w, maxHeight / natural.Height));
        return (natural with { Height = natural.Height * scale }, w * scale);
    }

    /// <summary>The image at its natural size in points (96 dpi for rasters).</summary>
    public (LoadedImage Image, float Width)? Natural(Image image, SourceLocation? where)
    {
        if (!_natural.TryGetValue(image.Url, out var loaded)) _natural[image.Url] = loaded = Decode(image, where);
        return loaded;
    }

    private (LoadedImage Image, float Width)? Decode(Image image, SourceLocation? where)
    {
        var asset = images.Get(image.Url, where);
        if (asset is null) return null;
        var raster = asset.Raster();
        if (asset.Picture is null && raster is null) return null;
        return (new LoadedImage(raster, asset.Picture, asset.HeightPoints), asset.WidthPoints);
    }
}
