using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Epub.Structure;

/// <summary>
/// Splits the top-level blocks into chapters before every heading of level ≤ split level (pandoc's
/// --split-level). Blocks before the first such heading form the first chapter; empty runs are skipped.
/// </summary>
internal static class Chunker
{
    public static ImmutableArray<Chapter> Split(IEnumerable<Block> blocks, int splitLevel, string bookTitle)
    {
        var chapters = ImmutableArray.CreateBuilder<Chapter>();
        var current = new List<Block>();

        void Flush()
        {
            if (current.Count == 0) return;
            var firstHeading = current.OfType<Heading>().FirstOrDefault();
            var title = firstHeading is null ? bookTitle : PlainText.Of(firstHeading.Content).Trim();
            if (title.Length == 0) title = bookTitle;
            chapters.Add(new Chapter(chapters.Count + 1, title, current.ToImmutableArray()));
            current = new List<Block>();
        }

        foreach (var block in blocks)
        {
            if (block is FootnoteDefinition) continue; // notes are placed by FootnotePlan
            if (block is Heading h && h.Level <= splitLevel) Flush();
            current.Add(block);
        }
        Flush();
        if (chapters.Count == 0) chapters.Add(new Chapter(1, bookTitle, ImmutableArray<Block>.Empty));
        return chapters.ToImmutable();
    }
}
