using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GoOverview.Markdown.Books;

/// <summary>One chapter a GitBook/mdBook SUMMARY.md lists: its link text, file (relative to the summary), nesting
/// depth (0 = top level) and the summary line that names it.</summary>
public sealed record SummaryEntry(string Title, string Path, int Depth, int Line);

/// <summary>The book a summary describes: its title (the summary's H1 unless that only says "Summary"/"目录") and chapters in order.</summary>
public sealed record BookSummary(string? Title, IReadOnlyList<SummaryEntry> Entries);

/// <summary>
/// Reads a GitBook or mdBook SUMMARY.md: nested lists of links, plus mdBook's prefix/suffix chapters (a link alone in
/// a paragraph). Draft chapters (an empty link), external links, anchors-only links and repeated files are skipped.
/// </summary>
public static class SummaryParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    private static readonly string[] GenericTitles = ["summary", "目录", "目錄", "table of contents", "contents"];

    public static BookSummary Parse(string markdown)
    {
        var parsed = Markdig.Markdown.Parse(markdown, Pipeline);
        string? title = null;
        var entries = new List<SummaryEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in parsed)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } h when title is null:
                    var text = PlainText(h.Inline).Trim();
                    if (!GenericTitles.Contains(text.ToLowerInvariant())) title = text;
                    break;
                case ListBlock list:
                    AddList(list, 0, entries, seen);
                    break;
                case ParagraphBlock p:
                    AddLink(p, 0, entries, seen);
                    break;
            }
        }
        return new BookSummary(string.IsNullOrEmpty(title) ? null : title, entries);
    }

    private static void AddList(ListBlock list, int depth, List<SummaryEntry> entries, HashSet<string> seen)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            foreach (var child in item)
            {
                if (child is ParagraphBlock p) AddLink(p, depth, entries, seen);
                else if (child is ListBlock nested) AddList(nested, depth + 1, entries, seen);
            }
        }
    }

    private static void AddLink(ParagraphBlock paragraph, int depth, List<SummaryEntry> entries, HashSet<string> seen)
    {
        var link = paragraph.Inline?.Descendants<LinkInline>().FirstOrDefault(l => !l.IsImage);
        if (link?.Url is not { Length: > 0 } url) return;
        var hash = url.IndexOf('#');
        var path = Uri.UnescapeDataString(hash >= 0 ? url[..hash] : url);
        if (path.Length == 0 || path.Contains("://", StringComparison.Ordinal) || path.StartsWith("//", StringComparison.Ordinal)) return;
        if (!seen.Add(path)) return;
        entries.Add(new SummaryEntry(PlainText(link).Trim(), path, depth, paragraph.Line + 1));
    }

    private static string PlainText(ContainerInline? inline) =>
        inline is null ? "" : string.Concat(inline.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
}
