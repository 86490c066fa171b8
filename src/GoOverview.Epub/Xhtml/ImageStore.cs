using GoOverview.Export;
using GoOverview.Model;

namespace GoOverview.Epub.Xhtml;

/// <summary>An image file inside the package (Path relative to EPUB/).</summary>
internal sealed record PackagedImage(string Id, string Path, string MediaType, byte[] Data);

/// <summary>
/// Copies the images a document shows into the package, once per URL, from the shared image service (which
/// refuses remote, out-of-folder, over-budget and broken files with one diagnostic, and sanitises SVG).
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
        var asset = context.Images.Get(url, where);
        if (asset is null) return null;
        // SVG is packaged as the service sanitised it; WebP (not an EPUB core media type) as PNG.
        var (data, mediaType) = asset.MediaType == "image/webp" ? (asset.Portable().Bytes, "image/png") : (asset.Bytes, asset.MediaType);
        var number = _items.Count + 1;
        return new PackagedImage($"image-{number}", $"images/image-{number}{MediaTypes.Extension(mediaType)}", mediaType, data);
    }
}
