using System.Collections.Immutable;

namespace GoOverview.Model;

/// <summary>The shared content model: one per source file, immutable, format-neutral.</summary>
/// <param name="SourcePath">Path of the source file (or a pseudo name for the built-in sample).</param>
/// <param name="BaseDirectory">Folder that relative image paths resolve against; null for the built-in sample.</param>
public sealed record Document(
    Metadata Metadata,
    ImmutableArray<Block> Blocks,
    ImmutableArray<FootnoteDefinition> Footnotes,
    string SourcePath,
    string? BaseDirectory)
{
    /// <summary>Name for output files: the source file name without extension, unless set (a book is named after its folder).</summary>
    public string Name { get; init; } = Path.GetFileNameWithoutExtension(SourcePath);
}
