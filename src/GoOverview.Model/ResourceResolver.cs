using System.Collections.Concurrent;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;

namespace GoOverview.Model;

/// <summary>An image or other file that a document refers to, already read and typed.</summary>
public sealed record LoadedResource(string FullPath, byte[] Data, string MediaType);

/// <summary>
/// Reads files a document refers to (images), with the safety rules applied once for every writer:
/// nothing is fetched from the network, and only files inside the document's folder are read unless
/// allowOutside is set. Results are cached, so parallel writers read each file once.
/// </summary>
public sealed class ResourceResolver(string? baseDirectory, DiagnosticBag diagnostics, bool allowOutside = false)
{
    private readonly ConcurrentDictionary<string, Lazy<LoadedResource?>> _cache = new(StringComparer.Ordinal);
    private string? _realBase;

    public string? BaseDirectory { get; } = baseDirectory is null ? null : Path.GetFullPath(baseDirectory);

    public static bool IsRemote(string url) =>
        url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("ftp://", StringComparison.OrdinalIgnoreCase) ||
        url.StartsWith("//", StringComparison.Ordinal);

    /// <summary>Loads the resource or returns null after reporting why (one warning per URL).</summary>
    public LoadedResource? TryLoad(string url, SourceLocation? where)
    {
        // Lazy: parallel writers asking for one URL read it (and report a problem) exactly once.
        return _cache.GetOrAdd(url, u => new Lazy<LoadedResource?>(() => Load(u, where))).Value;
    }

    private LoadedResource? Load(string url, SourceLocation? where)
    {
        if (IsRemote(url))
        {
            diagnostics.Warning("remote-resource", $"remote image '{url}' is not fetched; it is shown as a link", where);
            return null;
        }
        if (url.StartsWith("data:", StringComparison.OrdinalIgnoreCase))
        {
            return LoadDataUri(url, where);
        }
        if (BaseDirectory is null)
        {
            diagnostics.Warning("resource-missing", $"image '{DiagnosticText.Shorten(url)}' cannot be resolved: the document has no folder", where);
            return null;
        }
        string relative;
        try
        {
            relative = Uri.UnescapeDataString(url.Split('?', '#')[0]);
        }
        catch (UriFormatException)
        {
            relative = url;
        }
        if (relative.Length == 0 || relative.Any(char.IsControl) || Links.LinkPolicy.SchemeOf(relative) is not null)
        {
            diagnostics.Warning("resource-refused", $"image '{DiagnosticText.Shorten(url)}' is not a file path inside the document's folder", where);
            return null;
        }
        if (Path.IsPathRooted(relative) && !allowOutside)
        {
            diagnostics.Warning("resource-outside", $"image '{url}' is an absolute path; use --allow-outside to read it", where);
            return null;
        }
        // The inside-the-folder rule is checked on real paths, so a symlink cannot lead outside.
        var full = Path.GetFullPath(Path.Combine(BaseDirectory, relative));
        var real = FileGate.RealPath(full);
        if (!allowOutside && !FileGate.IsInside(real, RealBaseDirectory))
        {
            diagnostics.Warning("resource-outside", $"image '{url}' lies outside the document's folder (or links there); use --allow-outside to read it", where);
            return null;
        }
        byte[] data;
        try
        {
            data = FileGate.ReadAllBytes(full, ReadLimits.ImageFile, "image");
        }
        catch (FileRefusedException e)
        {
            diagnostics.Warning(FileGate.Kind(full) == FileKind.Missing ? "resource-missing" : "resource-refused", e.Message, where);
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning("resource-unreadable", $"image '{url}' cannot be read: {e.Message}", where);
            return null;
        }
        var mediaType = MediaTypes.Sniff(data, full);
        if (mediaType is null)
        {
            diagnostics.Warning("resource-type", $"image '{url}' is not a PNG, JPEG, GIF, WebP or SVG file", where);
            return null;
        }
        return new LoadedResource(real, data, mediaType);
    }

    private string RealBaseDirectory => _realBase ??= FileGate.RealPath(BaseDirectory!);

    private LoadedResource? LoadDataUri(string url, SourceLocation? where)
    {
        var comma = url.IndexOf(',');
        if (comma < 0 || !url[..comma].EndsWith(";base64", StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Warning("resource-type", "only base64 data: URIs are supported for images", where);
            return null;
        }
        if ((url.Length - comma) / 4L * 3 > ReadLimits.ImageFile)
        {
            diagnostics.Warning("resource-refused", $"data: URI image is over the {FileGate.DescribeSize(ReadLimits.ImageFile)} limit", where);
            return null;
        }
        try
        {
            var data = Convert.FromBase64String(url[(comma + 1)..]);
            var mediaType = MediaTypes.Sniff(data, "");
            if (mediaType is null)
            {
                diagnostics.Warning("resource-type", "data: URI image is not PNG, JPEG, GIF, WebP or SVG", where);
                return null;
            }
            return new LoadedResource("data", data, mediaType);
        }
        catch (FormatException)
        {
            diagnostics.Warning("resource-type", "data: URI image has invalid base64", where);
            return null;
        }
    }
}

public static class MediaTypes
{
    /// <summary>Media type from the file's first bytes (extension only decides SVG when the text is ambiguous).</summary>
    public static string? Sniff(byte[] data, string path)
    {
        if (data.Length >= 8 && data[0] == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') return "image/png";
        if (data.Length >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) return "image/jpeg";
        if (data.Length >= 6 && data[0] == 'G' && data[1] == 'I' && data[2] == 'F') return "image/gif";
        if (data.Length >= 12 && data[0] == 'R' && data[1] == 'I' && data[2] == 'F' && data[3] == 'F' &&
            data[8] == 'W' && data[9] == 'E' && data[10] == 'B' && data[11] == 'P') return "image/webp";
        var head = System.Text.Encoding.UTF8.GetString(data, 0, Math.Min(data.Length, 512));
        if (head.Contains("<svg", StringComparison.Ordinal) ||
            (path.EndsWith(".svg", StringComparison.OrdinalIgnoreCase) && head.TrimStart().StartsWith('<'))) return "image/svg+xml";
        return null;
    }

    public static string Extension(string mediaType) => mediaType switch
    {
        "image/png" => ".png",
        "image/jpeg" => ".jpg",
        "image/gif" => ".gif",
        "image/webp" => ".webp",
        "image/svg+xml" => ".svg",
        _ => ".bin",
    };
}
