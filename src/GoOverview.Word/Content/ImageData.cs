using GoOverview.Model;
using SkiaSharp;
using Svg.Skia;

namespace GoOverview.Word.Content;

/// <summary>An image ready for Word: bytes in a format Word shows (PNG, JPEG, GIF) and its natural size in pixels at 96 dpi.</summary>
internal sealed record ImageData(byte[] Bytes, string MediaType, int WidthPx, int HeightPx)
{
    private const float SvgRasterScale = 2f;

    /// <summary>Converts a loaded resource; null (with <paramref name="problem"/>) when it cannot be decoded.</summary>
    public static ImageData? From(LoadedResource resource, out string problem)
    {
        problem = "";
        try
        {
            return resource.MediaType switch
            {
                "image/png" or "image/jpeg" or "image/gif" => Measure(resource.Data, resource.MediaType, out problem),
                "image/svg+xml" => RasteriseSvg(resource.Data, out problem),
                _ => ReencodeAsPng(resource.Data, out problem),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            problem = e.Message;
            return null;
        }
    }

    private static ImageData? Measure(byte[] data, string mediaType, out string problem)
    {
        using var codec = SKCodec.Create(new MemoryStream(data));
        problem = codec is null ? "the image data cannot be decoded" : "";
        return codec is null ? null : new ImageData(data, mediaType, codec.Info.Width, codec.Info.Height);
    }

    /// <summary>WebP and other formats Word may not show are re-encoded as PNG.</summary>
    private static ImageData? ReencodeAsPng(byte[] data, out string problem)
    {
        using var bitmap = SKBitmap.Decode(data);
        if (bitmap is null)
        {
            problem = "the image data cannot be decoded";
            return null;
        }
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        problem = "";
        return new ImageData(encoded.ToArray(), "image/png", bitmap.Width, bitmap.Height);
    }

    /// <summary>SVG is drawn to a PNG at twice its size (shown at its own size), which every Word version shows.</summary>
    private static ImageData? RasteriseSvg(byte[] data, out string problem)
    {
        using var svg = new SKSvg();
        using var picture = svg.Load(new MemoryStream(data));
        if (picture is null || picture.CullRect.Width <= 0 || picture.CullRect.Height <= 0)
        {
            problem = "the SVG cannot be drawn (no size or unsupported content)";
            return null;
        }
        var width = (int)Math.Ceiling(picture.CullRect.Width);
        var height = (int)Math.Ceiling(picture.CullRect.Height);
        var info = new SKImageInfo((int)(width * SvgRasterScale), (int)(height * SvgRasterScale));
        using var surface = SKSurface.Create(info);
        surface.Canvas.Clear(SKColors.Transparent);
        surface.Canvas.Scale(SvgRasterScale);
        surface.Canvas.DrawPicture(picture);
        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Png, 100);
        problem = "";
        return new ImageData(encoded.ToArray(), "image/png", width, height);
    }
}
