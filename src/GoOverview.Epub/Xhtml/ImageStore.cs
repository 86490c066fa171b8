using GoOverview.Export;
using GoOverview.Model;
using SkiaSharp;

namespace GoOverview.Epub.Xhtml;

/// <summary>An image file inside the package (Path relative to EPUB/).</summary>
internal sealed record PackagedImage(string Id, string Path, string MediaType, byte[] Data);

/// <summary>
/// Copies the images a document shows into the package, once per URL, through the shared resolver (which
/// refuses remote and out-of-folder files with a diagnostic). WebP is not an EPUB 3.2 core media type, so it
/// is re-encoded as PNG.
/// </summary>
internal sealed class ImageStore(ExportContext context)
{
    private readonly Dictionary<string, PackagedImage?> _byUrl = new(StringComparer.Ordinal);
    private readonly List<PackagedImage> _items = new();

    public IReadOnlyList<PackagedImage> Items => _items;

    /// <summary>The image's href as seen from text/, or null when it cannot be packaged (already reported).</summary>
    public string? HrefFor(string url, SourceLocation? where)
    {
        if (!_byUrl.TryGetValue(url, out var image))
        {
            image = Load(url, where);
            _byUrl[url] = image;
            if (image is not null) _items.Add(image);
        }
        return image is null ? null : BookPaths.FromText(image.Path);
    }

    private PackagedImage? Load(string url, SourceLocation? where)
    {
        if (url.Trim().Length == 0) return null;
        var loaded = context.Resources.TryLoad(url, where);
        if (loaded is null) return null;
        var data = loaded.Data;
        var mediaType = loaded.MediaType;
        if (mediaType == "image/webp")
        {
            var png = ReencodeAsPng(data);
            if (png is null)
            {
                context.Diagnostics.Warning("image-decode", $"image '{url}' could not be decoded; it is left out of the EPUB", where);
                return null;
            }
            data = png;
            mediaType = "image/png";
        }
        var number = _items.Count + 1;
        return new PackagedImage($"image-{number}", $"images/image-{number}{MediaTypes.Extension(mediaType)}", mediaType, data);
    }

    private static byte[]? ReencodeAsPng(byte[] data)
    {
        using var bitmap = SKBitmap.Decode(data);
        if (bitmap is null) return null;
        using var encoded = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return encoded?.ToArray();
    }
}
