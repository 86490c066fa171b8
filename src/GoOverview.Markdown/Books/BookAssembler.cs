using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Markdown.Books;

/// <summary>One chapter of a book: the chapter file read on its own, its nesting depth in the summary (headings shift
/// under it), and the summary's title for it (used as its heading when the file has none).</summary>
public sealed record BookChapter(Document Document, int Depth, string? EntryTitle);

/// <summary>
/// Joins chapter documents into one. Each chapter keeps its own folder for images and relative links (rewritten
/// relative to the book's folder); heading ids that repeat get a suffix; links to another chapter's file (and
/// #anchors in it) become internal links; footnotes are numbered through the whole book.
/// </summary>
public static class BookAssembler
{
    /// <param name="rootDirectory">The book's folder: images resolve against it (and must stay inside it).</param>
    /// <param name="shiftHeadings">Book mode: a chapter's top heading becomes H2 (H1 is the book's title), one level
    /// deeper per summary depth. Off when plain INPUT files are joined.</param>
    /// <param name="name">The output files' name.</param>
    public static Document Join(IReadOnlyList<BookChapter> chapters, string rootDirectory, bool shiftHeadings, string? title, string name)
    {
        if (chapters.Count == 0) throw new ArgumentException("a book needs at least one chapter", nameof(chapters));
        var chapterIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < chapters.Count; i++) chapterIndex.TryAdd(Path.GetFullPath(chapters[i].Document.SourcePath), i);

        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        var prepared = chapters.Select((c, i) => Prepare(c, i, shiftHeadings, usedIds)).ToList();

        var blocks = ImmutableArray.CreateBuilder<Block>();
        var footnotes = ImmutableArray.CreateBuilder<FootnoteDefinition>();
        for (var i = 0; i < prepared.Count; i++)
        {
            var rewriter = new ChapterRewriter(prepared[i], i, prepared, chapterIndex, rootDirectory, footnotes.Count);
            var rewritten = rewriter.Rewrite(prepared[i].Document);
            blocks.AddRange(rewritten.Blocks);
            footnotes.AddRange(rewritten.Footnotes);
        }
        var first = chapters[0].Document;
        var metadata = title is null ? first.Metadata : first.Metadata with { Title = title };
        return new Document(metadata, blocks.ToImmutable(), footnotes.ToImmutable(), first.SourcePath, rootDirectory) { Name = name };
    }

    /// <summary>A chapter with its headings shifted and renamed apart from earlier chapters' ids.</summary>
    internal sealed record PreparedChapter(Document Document, IReadOnlyDictionary<string, string> Ids, string? FirstHeadingId);

    private static PreparedChapter Prepare(BookChapter chapter, int number, bool shiftHeadings, HashSet<string> usedIds)
    {
        var document = chapter.Document;
        var headings = DocumentWalker.AllBlocks(document).OfType<Heading>().ToList();
        var targetTop = 2 + chapter.Depth;
        if (shiftHeadings && headings.Count == 0 && chapter.EntryTitle is { Length: > 0 } entryTitle)
        {
            var heading = new Heading(Math.Min(6, targetTop), [new Text(entryTitle)], Attr.WithId($"chapter-{number + 1}")) { Location = new SourceLocation(document.SourcePath, 1, 1) };
            document = document with { Blocks = document.Blocks.Insert(0, heading) };
            headings.Add(heading);
        }
        var shift = shiftHeadings && headings.Count > 0 ? targetTop - headings.Min(h => h.Level) : 0;

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string? firstId = null;
        foreach (var heading in headings)
        {
            var id = heading.Attr.Id;
            if (id.Length == 0 || ids.ContainsKey(id)) continue;
            var unique = id;
            for (var k = 2; !usedIds.Add(unique); k++) unique = $"{id}-{k}";
            ids[id] = unique;
            firstId ??= unique;
        }
        document = new HeadingAdjuster(shift, ids).Rewrite(document);
        return new PreparedChapter(document, ids, firstId);
    }

    /// <summary>Shifts heading levels (clamped to 1–6) and gives headings their book-wide ids.</summary>
    private sealed class HeadingAdjuster(int shift, IReadOnlyDictionary<string, string> ids) : ModelRewriter
    {
        public override Block RewriteBlock(Block block)
        {
            var rewritten = base.RewriteBlock(block);
            if (rewritten is not Heading h) return rewritten;
            var id = ids.TryGetValue(h.Attr.Id, out var renamed) ? renamed : h.Attr.Id;
            return h with { Level = Math.Clamp(h.Level + shift, 1, 6), Attr = h.Attr with { Id = id } };
        }
    }
}
