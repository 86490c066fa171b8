using System.Collections.Immutable;
using GoOverview.Model;

namespace GoOverview.Epub.Structure;

/// <summary>One content document of the book: a run of top-level blocks that starts at a split heading.</summary>
/// <param name="Number">1-based chapter number (chapterN.xhtml).</param>
/// <param name="Title">Text for the document title and the NCX (first heading's text, else the book title).</param>
internal sealed record Chapter(int Number, string Title, ImmutableArray<Block> Blocks)
{
    public string Path => BookPaths.Chapter(Number);

    public string FileName => System.IO.Path.GetFileName(Path);
}
