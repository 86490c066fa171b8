using System.Text;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Fonts;

/// <summary>The characters a document shows, for subsetting and the coverage check.</summary>
public static class DocumentCharacters
{
    /// <summary>
    /// Characters writers add around the content (page furniture, TOC titles, continuation marks, list markers,
    /// numbers): part of every embedding set so that one subset per face serves all writers of a run.
    /// </summary>
    /// <summary>The task-list boxes writers draw (done ☑ or ☒, not done ☐); embedded only when a document has tasks.</summary>
    public const string TaskMarks = "☐☑☒";

    public const string Furniture = "目录第页共续图参考资料讲义注释封面扉导览未命名无正文标题作者日期年月日…［］【】（）「」《》“”‘’、。，：；！？·•◦▪–—　";

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, SortedSet<int>> EmbeddingSets = new();

    /// <summary>
    /// What embedded fonts are cut down to (Word, EPUB, slides): the visible text, link addresses, image
    /// descriptions, printable ASCII and <see cref="Furniture"/>. Computed once per document; do not modify.
    /// </summary>
    public static SortedSet<int> ForEmbedding(Document document) => EmbeddingSets.GetValue(document, d =>
    {
        var set = Collect(d);
        for (var c = 0x20; c < 0x7F; c++) set.Add(c);
        Add(set, Furniture);
        Add(set, Model.Localisation.FurnitureWords.For(d.Metadata.Lang).Characters);
        if (HasTasks(d)) Add(set, TaskMarks);
        foreach (var inline in DocumentWalker.AllInlines(d))
        {
            if (inline is Link link) Add(set, link.Url);
            else if (inline is Image image) Add(set, image.Alt);
        }
        foreach (var block in DocumentWalker.AllBlocks(d))
            if (block is Figure figure) Add(set, figure.Image.Alt);
        set.RemoveWhere(FontLibrary.IsIgnorable);
        return set;
    });

    /// <summary>
    /// The embedding set, widened by <paramref name="extra"/> only when a writer shows characters outside it, so
    /// writers of one run normally ask the font library for the very same subset (cut once, then cached).
    /// </summary>
    public static IReadOnlyCollection<int> ForEmbedding(Document document, IEnumerable<int> extra)
    {
        var shared = ForEmbedding(document);
        var missing = extra.Where(cp => !FontLibrary.IsIgnorable(cp) && !shared.Contains(cp)).ToList();
        if (missing.Count == 0) return shared;
        var widened = new SortedSet<int>(shared);
        widened.UnionWith(missing);
        return widened;
    }

    /// <summary>Every code point of the visible text (metadata included), sorted, without duplicates.</summary>
    public static SortedSet<int> Collect(Document document) => new(CollectedSets.GetValue(document, Gather));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, SortedSet<int>> CollectedSets = new();

    /// <summary>
    /// Each block's own text once (its nested blocks are visited themselves: the plain text of a list would
    /// repeat its items'), in a hash set (a tree insert per character of a book was a hot spot), sorted at the end.
    /// </summary>
    private static SortedSet<int> Gather(Document document)
    {
        var set = new HashSet<int>();
        var m = document.Metadata;
        foreach (var s in new[] { m.Title, m.Subtitle, m.Date, m.AuthorLine, m.Description }) Add(set, s);
        foreach (var block in DocumentWalker.AllBlocks(document))
        {
            switch (block)
            {
                case CodeBlock code:
                    Add(set, code.Text);
                    set.Add('\n');
                    break;
                case RawBlock: break;
                default:
                    foreach (var inlines in DocumentWalker.OwnInlines(block))
                    {
                        Add(set, PlainText.Of(inlines));
                        set.Add('\n');
                    }
                    break;
            }
        }
        return new SortedSet<int>(set);
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Document, Dictionary<FontFile, SortedSet<int>>> FallbackSets = new();

    /// <summary>
    /// What each fallback face (symbols, emoji, Korean) draws in the document, following the chain cluster by
    /// cluster: the subset Word, EPUB and slides embed. A face the document never needs is absent (not embedded).
    /// Computed once per document; do not modify.
    /// </summary>
    public static IReadOnlyDictionary<FontFile, SortedSet<int>> ForFallback(Document document, FontLibrary fonts) =>
        FallbackSets.GetValue(document, d =>
        {
            var texts = new List<string>();
            var m = d.Metadata;
            texts.AddRange([m.Title, m.Subtitle, m.Date, m.AuthorLine, m.Description, d.Name]);
            foreach (var block in DocumentWalker.AllBlocks(d))
            {
                texts.Add(PlainText.Of(block));
                if (block is Figure figure) texts.Add(figure.Image.Alt);
            }
            foreach (var inline in DocumentWalker.AllInlines(d))
            {
                if (inline is Link link) texts.Add(link.Url);
                else if (inline is Image image) texts.Add(image.Alt);
            }
            if (HasTasks(d)) texts.Add(TaskMarks);
            return FontChain.FallbackCharacters(fonts, texts);
        });

    /// <summary>
    /// The characters <paramref name="face"/> is subset to: its document set, widened by <paramref name="extra"/>
    /// (what a writer drew with it beyond the document's text) only when needed, so writers share one subset.
    /// </summary>
    public static IReadOnlyCollection<int> ForFallback(Document document, FontLibrary fonts, FontFile face, IEnumerable<int> extra)
    {
        var shared = ForFallback(document, fonts).TryGetValue(face, out var set) ? set : new SortedSet<int>();
        var missing = extra.Where(cp => !shared.Contains(cp)).ToList();
        if (missing.Count == 0) return shared;
        var widened = new SortedSet<int>(shared);
        widened.UnionWith(missing);
        return widened;
    }

    /// <summary>Whether a list item is a task (writers then draw ☐/☑ or ☒, from the symbols face).</summary>
    public static bool HasTasks(Document document) =>
        DocumentWalker.AllBlocks(document).Any(b => b switch
        {
            BulletList list => list.Items.Any(i => i.Task != TaskState.None),
            OrderedList list => list.Items.Any(i => i.Task != TaskState.None),
            _ => false,
        });

    public static void Add(ISet<int> set, string text)
    {
        foreach (var rune in text.EnumerateRunes()) set.Add(rune.Value);
    }

    /// <summary>The key under which uncovered characters are reported, so the layout engine never repeats the warning.</summary>
    public const string CoverageKey = "font-coverage";

    /// <summary>The line of the first block that shows one of <paramref name="characters"/>.</summary>
    private static SourceLocation? FirstUse(Document document, IReadOnlyCollection<int> characters)
    {
        var wanted = characters.ToHashSet();
        foreach (var block in DocumentWalker.AllBlocks(document))
        {
            if (block.Location is null || !DocumentWalker.OwnInlines(block).Any()) continue;
            foreach (var rune in PlainText.Of(block).EnumerateRunes())
                if (wanted.Contains(rune.Value)) return block.Location;
        }
        return null;
    }

    /// <summary>Reports (once, as one warning listing them) the characters no bundled font can draw.</summary>
    public static void ReportUncovered(Document document, FontLibrary fonts, DiagnosticBag diagnostics)
    {
        var missing = fonts.Uncovered(Collect(document));
        if (missing.Count == 0) return;
        var list = new StringBuilder();
        foreach (var cp in missing.Take(40))
        {
            if (list.Length > 0) list.Append(' ');
            list.Append(char.ConvertFromUtf32(cp)).Append($" (U+{cp:X4})");
        }
        if (missing.Count > 40) list.Append($" … and {missing.Count - 40} more");
        diagnostics.ReportOnce(CoverageKey, new Diagnostic(Severity.Warning, "font-coverage",
            $"{missing.Count} character(s) have no glyph in any bundled font (Noto Sans SC, JetBrains Mono, Noto Sans Symbols 2, Noto Emoji, Noto Sans KR); the PDFs draw each as □; Word, EPUB and slides keep the character in a visible box for the reader's own fonts (the first here): {list}",
            FirstUse(document, missing) ?? new SourceLocation(document.SourcePath, 1, 1)));
    }
}
