using GoOverview.Epub.Packaging;
using GoOverview.Export;
using GoOverview.Model;

namespace GoOverview.Epub.Pages;

/// <summary>
/// The cover image the metadata names (<c>cover-image: cover.jpg</c>, as pandoc's EPUB writer reads it), loaded
/// through the shared image service (which checks, bounds and reports it); JPEG and PNG are packaged as they are,
/// other formats as PNG. Null when none is given or it cannot be used (then the cover is drawn).
/// </summary>
internal static class GivenCover
{
    public const string MetadataKey = "cover-image";

    /// <summary>Whether the metadata names a cover image (it may still fail to load: then the cover is drawn).</summary>
    public static bool IsNamed(Metadata metadata) => metadata.Extra.TryGetValue(MetadataKey, out var url) && url.Trim().Length > 0;

    public static PackageItem? From(Metadata metadata, ExportContext context, string sourcePath)
    {
        if (!metadata.Extra.TryGetValue(MetadataKey, out var url) || url.Trim().Length == 0) return null;
        var asset = context.Images.Get(url.Trim(), new SourceLocation(sourcePath, 1, 1));
        if (asset is null) return null;
        var (data, mediaType) = asset.MediaType is "image/jpeg" or "image/png" ? (asset.Bytes, asset.MediaType) : (asset.Portable().Bytes, "image/png");
        var path = "images/cover" + MediaTypes.Extension(mediaType);
        return new PackageItem("cover-image", path, mediaType, data, "cover-image");
    }
}
