using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Slides.Planning;
using SkiaSharp;
using Svg.Skia;

namespace GoOverview.Slides.Pictures;

/// <summary>
/// Loads figure images through the shared ResourceResolver (its safety rules and one warning per URL): PNG, JPEG and
/// GIF as they are, WebP re-encoded as PNG, SVG rasterised to a PNG large enough for a full slide.
/// </summary>
internal sealed class SlidePictureLoader(ResourceResolver resources, DiagnosticBag diagnostics) : ISlidePictures
{
    /// <summary>Long side of a rasterised SVG: sharp on a projected 16:9 slide (about 2 pixels per point).</summary>
    private const int SvgRasterLongSide = 1800;

    public SlidePicture? Load(Figure figure)
    {
        var resource = resources.TryLoad(figure.Image.Url, figure.Location);
        if (resource is null) return null;
        var description = figure.Image.Alt.Trim().Length > 0 ? figure.Image.Alt.Trim() : PlainText.Of(figure.Caption).Trim();
        try
        {
            var picture = resource.MediaType switch
            {
                "image/png" or "image/jpeg" or "image/gif" => Measure(figure.Image.Url, description, resource.Data, resource.MediaType),
                "image/svg+xml" => RasteriseSvg(figure.Image.Url, description, resource.Data),
                _ => ReencodeAsPng(figure.Image.Url, description, resource.Data),
            };
            if (picture is null)
                diagnostics.Warning("image-invalid", $"image '{figure.Image.Url}' could not be decoded", figure.Location);
            return picture;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            diagnostics.Warning("image-invalid", $"image '{figure.Image.Url}' could not be decoded: {e.Message}", figure.Location);
            return null;
        }
    }

    private static SlidePicture? Measure(string url, string description, byte[] data, string mediaType)
    {
        using var codec = SKCodec.Create(new MemoryStream(data));
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0) return null;
        return new SlidePicture(url, description, data, mediaType, codec.Info.Width, codec.Info.Height);
    }

    private static SlidePicture? ReencodeAsPng(string url, string description, byte[] data)
    {
        using var bitmap = SKBitmap.Decode(data);
        if (bitmap is null) return null;
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return new SlidePicture(url, description, encoded.ToArray(), "image/png", bitmap.Width, bitmap.Height);
    }

    /// <summary>The SVG keeps its own size for layout (CSS pixels); the PNG has more pixels so it stays sharp when enlarged.</summary>
    private static SlidePicture? RasteriseSvg(string url, string description, byte[] data)
    {
        using var svg = new SKSvg();
        using var picture = svg.Load(new MemoryStream(data));
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0) return null;
        var (width, height) = (picture.CullRect.Width, picture.CullRect.Height);
        var scale = SvgRasterLongSide / Math.Max(width, height);
        var info = new SKImageInfo(Math.Max(1, (int)Math.Round(width * scale)), Math.Max(1, (int)Math.Round(height * scale)));
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Scale(scale);
        surface.Canvas.Translate(-picture.CullRect.Left, -picture.CullRect.Top);
        surface.Canvas.DrawPicture(picture);
        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Png, 100);
        return new SlidePicture(url, description, encoded.ToArray(), "image/png", info.Width, info.Height)
        {
            NaturalWidth = width * 0.75,
            NaturalHeight = height * 0.75,
        };
    }
}
