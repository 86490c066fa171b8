using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Epub.Structure;

/// <summary>Where one footnote goes: the chapter of its first reference, with the ids of the note and that reference.</summary>
internal sealed record NotePlan(FootnoteDefinition Note, string NoteId, string FirstRefId, string ChapterPath);

/// <summary>
/// Everything decided before rendering: the chapters, the title heading left out of the first chapter
/// (the title page shows the title instead), which file each id lands in, and where footnotes go.
/// </summary>
internal sealed class BookPlan
{
    public required string Title { get; init; }

    /// <summary>The leading H1 equal to the title: shown once, on the title page (null if there is none).</summary>
    public required Heading? TitleHeading { get; init; }

    /// <summary>Id of the title page's heading (the title H1's id when there is one).</summary>
    public required string TitleId { get; init; }

    public required ImmutableArray<Chapter> Chapters { get; init; }

    /// <summary>Element id → package path of the content document that holds it (first occurrence wins).</summary>
    public required IReadOnlyDictionary<string, string> Targets { get; init; }

    /// <summary>Ids given to headings that had none (by reference), so the nav can point at them.</summary>
    public required IReadOnlyDictionary<Heading, string> GeneratedHeadingIds { get; init; }

    /// <summary>Footnotes by label.</summary>
    public required IReadOnlyDictionary<string, NotePlan> Notes { get; init; }

    /// <summary>Notes to write at the end of each chapter (by chapter number), in order of first reference.</summary>
    public required IReadOnlyDictionary<int, ImmutableArray<NotePlan>> NotesByChapter { get; init; }

    public string HeadingId(Heading heading)
    {
        var id = IdText.Normalize(heading.Attr.Id);
        if (ReferenceEquals(heading, TitleHeading)) return TitleId;
        return id.Length > 0 ? id : GeneratedHeadingIds.GetValueOrDefault(heading, "");
    }

    /// <summary>
    /// The href of an internal target as seen from the content document <paramref name="fromPath"/>: "#id" in the
    /// same file (pandoc's reader only turns such noterefs into notes), "file#id" across files; null if unknown.
    /// </summary>
    public string? HrefOf(string id, string fromPath)
    {
        var normalized = IdText.Normalize(id);
        if (!Targets.TryGetValue(normalized, out var path)) return null;
        return path == fromPath ? "#" + normalized : BookPaths.FromText(path) + "#" + normalized;
    }
}
