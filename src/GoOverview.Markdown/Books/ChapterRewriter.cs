using GoOverview.Model;
using GoOverview.Model.Links;

namespace GoOverview.Markdown.Books;

/// <summary>Rewrites one chapter's links, images and footnotes for its place in the joined book.</summary>
internal sealed class ChapterRewriter(
    BookAssembler.PreparedChapter chapter,
    int number,
    IReadOnlyList<BookAssembler.PreparedChapter> all,
    IReadOnlyDictionary<string, int> chapterIndex,
    string rootDirectory,
    int footnoteOffset) : ModelRewriter
{
    private readonly string _folder = Path.GetDirectoryName(Path.GetFullPath(chapter.Document.SourcePath))!;

    public override Block RewriteBlock(Block block)
    {
        var rewritten = base.RewriteBlock(block);
        return rewritten is FootnoteDefinition f ? f with { Label = Label(f.Label), Number = f.Number + footnoteOffset } : rewritten;
    }

    public override Inline RewriteInline(Inline inline)
    {
        var rewritten = base.RewriteInline(inline);
        return rewritten switch
        {
            Link l => l with { Url = LinkUrl(l.Url) },
            Image i => i with { Url = RelativeToRoot(i.Url) },
            FootnoteRef r => r with { Label = Label(r.Label), Number = r.Number + footnoteOffset },
            _ => rewritten,
        };
    }

    private string Label(string label) => $"{number + 1}:{label}";

    private string LinkUrl(string url)
    {
        if (url.StartsWith('#')) return "#" + (chapter.Ids.TryGetValue(url[1..], out var own) ? own : url[1..]);
        if (!IsLocalRelative(url)) return url;
        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var fragment = hash >= 0 ? url[(hash + 1)..] : "";
        string full;
        try
        {
            full = Path.GetFullPath(Path.Combine(_folder, Uri.UnescapeDataString(path)));
        }
        catch (Exception e) when (e is ArgumentException or UriFormatException)
        {
            return url;
        }
        if (chapterIndex.TryGetValue(full, out var target))
        {
            var targetChapter = all[target];
            if (fragment.Length > 0) return "#" + (targetChapter.Ids.TryGetValue(fragment, out var id) ? id : fragment);
            return targetChapter.FirstHeadingId is { } first ? "#" + first : url;
        }
        return RelativeToRoot(url);
    }

    /// <summary>A chapter-relative path as seen from the book's folder (so ch2/img.png stays ch2/img.png).</summary>
    private string RelativeToRoot(string url)
    {
        if (!IsLocalRelative(url)) return url;
        var relative = Path.GetRelativePath(rootDirectory, Path.Combine(_folder, url));
        return relative.Replace(Path.DirectorySeparatorChar, '/');
    }

    private static bool IsLocalRelative(string url) =>
        url.Length > 0 && LinkPolicy.Classify(url).Kind == LinkKind.Relative;
}
