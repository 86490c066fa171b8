using System.Collections.Concurrent;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;
using SkiaSharp;
using Svg.Skia;

namespace GoOverview.Rendering.Images;

/// <summary>
/// The one image service of a run, shared by every writer: the file is found and read through the
/// <see cref="ResourceResolver"/> (no network, real paths inside the document's folder, size caps), its type is
/// sniffed, a raster image's declared size is checked against the pixel budget before any decoder sees it, and an SVG
/// is sanitised (no external references at all) and parsed once. A problem is reported once per URL, with its line;
/// writers then show the alt text instead.
/// </summary>
public sealed class ImageService(ResourceResolver resources, DiagnosticBag diagnostics, long pixelBudget = ReadLimits.ImagePixels) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<ImageAsset?>> _assets = new(StringComparer.Ordinal);

    public long PixelBudget { get; } = pixelBudget;

    /// <summary>The image, or null after one warning (missing, refused, over budget, undecodable).</summary>
    public ImageAsset? Get(string url, SourceLocation? where) =>
        _assets.GetOrAdd(url, u => new Lazy<ImageAsset?>(() => Load(u, where))).Value;

    private ImageAsset? Load(string url, SourceLocation? where)
    {
        var resource = resources.TryLoad(url, where);
        if (resource is null) return null;
        try
        {
            return resource.MediaType == "image/svg+xml" ? LoadSvg(url, resource.Data, where) : CheckRaster(url, resource, where);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Warning("image-invalid", $"image '{DiagnosticText.Shorten(url)}' cannot be read: the file is damaged or of a kind GoOverview cannot draw", where);
            return null;
        }
    }

    private ImageAsset? CheckRaster(string url, LoadedResource resource, SourceLocation? where)
    {
        if (ImageHeader.Size(resource.Data, resource.MediaType) is not var (width, height) || width <= 0 || height <= 0)
        {
            diagnostics.Warning("image-invalid", $"image '{DiagnosticText.Shorten(url)}' has no readable {resource.MediaType} header; it is left out", where);
            return null;
        }
        if (width * height > PixelBudget)
        {
            diagnostics.Warning("image-too-large",
                $"image '{DiagnosticText.Shorten(url)}' declares {width}×{height} pixels, over the budget of {PixelBudget:N0} pixels; it is left out (raise it with --max-image-pixels)", where);
            return null;
        }
        using (var codec = SKCodec.Create(new MemoryStream(resource.Data)))
        {
            if (codec is null || codec.Info.Width != width || codec.Info.Height != height)
            {
                diagnostics.Warning("image-invalid", $"image '{DiagnosticText.Shorten(url)}' cannot be decoded; it is left out", where);
                return null;
            }
        }
        return new ImageAsset(url, resource.MediaType, resource.Data, (int)width, (int)height, null, null, PixelBudget);
    }

    private ImageAsset? LoadSvg(string url, byte[] data, SourceLocation? where)
    {
        var clean = SvgSanitizer.Sanitize(data, PixelBudget, out var problem, out var removed);
        if (clean is null)
        {
            diagnostics.Warning("image-invalid", $"SVG image '{DiagnosticText.Shorten(url)}' is left out: {problem}", where);
            return null;
        }
        if (removed > 0)
            diagnostics.Warning("svg-sanitized", $"SVG image '{DiagnosticText.Shorten(url)}': {removed} script, event handler or outside reference(s) removed (SVG may only refer inside itself)", where);
        var svg = new SKSvg();
        var picture = svg.Load(new MemoryStream(clean));
        var bounds = picture?.CullRect ?? SKRect.Empty;
        if (picture is null || !(bounds.Width > 0) || !(bounds.Height > 0) || bounds.Width > MaxSvgSide || bounds.Height > MaxSvgSide)
        {
            svg.Dispose();
            diagnostics.Warning("image-invalid", $"SVG image '{DiagnosticText.Shorten(url)}' cannot be drawn (no size, a size over 1,000,000 pixels, or unsupported content); it is left out", where);
            return null;
        }
        var width = (int)Math.Ceiling(bounds.Width);
        var height = (int)Math.Ceiling(bounds.Height);
        return new ImageAsset(url, "image/svg+xml", clean, width, height, picture, svg, PixelBudget);
    }

    /// <summary>An SVG wider or taller than this many CSS pixels (about 260 m) is refused: no page shows it, and sizes
    /// beyond it overflow what writers compute with.</summary>
    private const float MaxSvgSide = 1_000_000;

    public void Dispose()
    {
        foreach (var asset in _assets.Values)
        {
            if (asset.IsValueCreated) asset.Value?.Dispose();
        }
    }
}
