using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Epub.Structure;

/// <summary>Builds the <see cref="BookPlan"/> in the same order the renderer writes (title page, then chapters with their notes).</summary>
internal static class BookPlanner
{
    public static BookPlan Plan(Document document, string title, int splitLevel)
    {
        var blocks = document.Blocks;
        var titleHeading = FindTitleHeading(blocks, title);
        if (titleHeading is not null) blocks = blocks.Remove(titleHeading);
        var chapters = Chunker.Split(blocks, splitLevel, title);

        var allIds = new List<string>();
        var collectAll = new BlockScanner(allIds.Add, _ => { }, _ => { });
        collectAll.Blocks(document.Blocks);
        foreach (var note in document.Footnotes) collectAll.Blocks(note.Blocks);
        var ids = new IdAllocator(allIds);

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var headingIds = new Dictionary<Heading, string>(ReferenceEqualityComparer.Instance);
        var titleId = titleHeading is null ? "" : IdText.Normalize(titleHeading.Attr.Id);
        if (titleId.Length == 0) titleId = ids.Allocate("title");
        targets.TryAdd(titleId, BookPaths.TitlePage);

        var definitions = new Dictionary<string, FootnoteDefinition>(StringComparer.Ordinal);
        foreach (var note in document.Footnotes) definitions.TryAdd(note.Label, note);
        var notes = new Dictionary<string, NotePlan>(StringComparer.Ordinal);
        var notesByChapter = new Dictionary<int, ImmutableArray<NotePlan>>();

        foreach (var chapter in chapters)
        {
            var path = chapter.Path;
            var placedHere = new List<NotePlan>();
            var pending = new Queue<FootnoteDefinition>();
            var scanner = new BlockScanner(
                id => targets.TryAdd(id, path),
                heading =>
                {
                    if (IdText.Normalize(heading.Attr.Id).Length == 0 && !headingIds.ContainsKey(heading))
                    {
                        var generated = ids.Allocate("h-" + (headingIds.Count + 1));
                        headingIds[heading] = generated;
                        targets.TryAdd(generated, path);
                    }
                },
                reference =>
                {
                    if (notes.ContainsKey(reference.Label) || !definitions.TryGetValue(reference.Label, out var note)) return;
                    var plan = new NotePlan(note, ids.Allocate($"fn-{note.Number}"), ids.Allocate($"fnref-{note.Number}"), path);
                    notes[reference.Label] = plan;
                    targets.TryAdd(plan.NoteId, path);
                    targets.TryAdd(plan.FirstRefId, path);
                    placedHere.Add(plan);
                    pending.Enqueue(note);
                });
            scanner.Blocks(chapter.Blocks);
            while (pending.Count > 0) scanner.Blocks(pending.Dequeue().Blocks);
            if (chapter.Number == chapters.Length)
            {
                PlaceUnreferenced(document, notes, ids, targets, path, placedHere, scanner);
                while (pending.Count > 0) scanner.Blocks(pending.Dequeue().Blocks);
            }
            notesByChapter[chapter.Number] = placedHere.ToImmutableArray();
        }

        return new BookPlan
        {
            Title = title,
            TitleHeading = titleHeading,
            TitleId = titleId,
            Chapters = chapters,
            Targets = targets,
            GeneratedHeadingIds = headingIds,
            Notes = notes,
            NotesByChapter = notesByChapter,
        };
    }

    /// <summary>Notes nobody refers to still appear (at the end of the last chapter), so no content is lost.</summary>
    private static void PlaceUnreferenced(Document document, Dictionary<string, NotePlan> notes, IdAllocator ids,
        Dictionary<string, string> targets, string path, List<NotePlan> placedHere, BlockScanner scanner)
    {
        foreach (var note in document.Footnotes)
        {
            if (notes.ContainsKey(note.Label)) continue;
            var plan = new NotePlan(note, ids.Allocate($"fn-{note.Number}"), "", path);
            notes[note.Label] = plan;
            targets.TryAdd(plan.NoteId, path);
            placedHere.Add(plan);
            scanner.Blocks(note.Blocks);
        }
    }

    /// <summary>The first block, when it is an H1 whose text equals the title.</summary>
    private static Heading? FindTitleHeading(ImmutableArray<Block> blocks, string title)
    {
        var first = blocks.FirstOrDefault(b => b is not RawBlock { Text.Length: 0 });
        return first is Heading { Level: 1 } h && Same(PlainText.Of(h.Content), title) ? h : null;
    }

    private static bool Same(string a, string b) =>
        string.Equals(string.Join(' ', a.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', b.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
}
