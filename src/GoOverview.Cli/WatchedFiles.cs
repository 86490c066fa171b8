using GoOverview.Model;
using GoOverview.Model.Files;

namespace GoOverview.Cli;

/// <summary>The files a watched build depends on: the source and the local images it refers to (resolved against
/// the document's folder as the writers resolve them), each by its given and its real path.</summary>
public static class WatchedFiles
{
    public static IReadOnlySet<string> For(string source, Document? document)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        Add(files, source);
        var folder = Path.GetDirectoryName(source)!;
        if (document is null) return files;
        var urls = DocumentWalker.AllInlines(document).OfType<Image>().Select(i => i.Url)
            .Concat(DocumentWalker.AllBlocks(document).OfType<Figure>().Select(f => f.Image.Url));
        foreach (var url in urls)
        {
            if (LocalPath(url) is { } relative) Add(files, Path.Combine(folder, relative));
        }
        return files;
    }

    private static void Add(HashSet<string> files, string path)
    {
        var full = Path.GetFullPath(path);
        files.Add(full);
        files.Add(FileGate.RealPath(full));
    }

    private static string? LocalPath(string url)
    {
        if (ResourceResolver.IsRemote(url) || url.StartsWith("data:", StringComparison.OrdinalIgnoreCase)) return null;
        string relative;
        try
        {
            relative = Uri.UnescapeDataString(url.Split('?', '#')[0]);
        }
        catch (UriFormatException)
        {
            relative = url;
        }
        return relative.Length == 0 || relative.Any(char.IsControl) ? null : relative;
    }
}
