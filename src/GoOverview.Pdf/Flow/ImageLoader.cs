using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using SkiaSharp;

namespace GoOverview.Pdf.Flow;

/// <summary>A decoded image ready to draw, at its natural size in points (96 dpi for rasters).</summary>
internal sealed record LoadedImage(SKImage? Raster, SKPicture? Vector, float Height);

/// <summary>
/// Loads images through the shared ResourceResolver (safety rules, one warning per URL), each URL decoded once,
/// and scales them to fit.
/// </summary>
internal sealed class ImageLoader(ResourceResolver resources, DiagnosticBag diagnostics) : IDisposable
{
    private readonly List<IDisposable> _owned = new();
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
        var resource = resources.TryLoad(image.Url, where);
        if (resource is null) return null;
        SKImage? raster = null;
        SKPicture? vector = null;
        float w, h;
        if (resource.MediaType == "image/svg+xml")
        {
            var svg = new Svg.Skia.SKSvg();
            using var stream = new MemoryStream(resource.Data);
            vector = svg.Load(stream);
            if (vector is null)
            {
                diagnostics.Warning("image-invalid", $"SVG image '{image.Url}' could not be read", where);
                return null;
            }
            _owned.Add(svg);
            w = vector.CullRect.Width;
            h = vector.CullRect.Height;
        }
        else
        {
            using var data = SKData.CreateCopy(resource.Data);
            raster = SKImage.FromEncodedData(data);
            if (raster is null)
            {
                diagnostics.Warning("image-invalid", $"image '{image.Url}' could not be decoded", where);
                return null;
            }
            _owned.Add(raster);
            w = raster.Width * 0.75f;
            h = raster.Height * 0.75f;
        }
        if (w <= 0 || h <= 0) return null;
        return (new LoadedImage(raster, vector, h), w);
    }

    public void Dispose()
    {
        foreach (var d in _owned) d.Dispose();
    }
}
