using System.Collections.Immutable;

namespace GoOverview.Model;

/// <summary>What a callout says about its content: GitHub's five alert kinds (MkDocs and container names map onto them).</summary>
public enum CalloutKind
{
    Note,
    Tip,
    Important,
    Warning,
    Caution,
}

/// <summary>
/// A titled box (GitHub alert, MkDocs admonition, ::: container). Title is empty when the source gave none: writers
/// then show the kind's label (<see cref="CalloutStyles.Heading"/>). Collapsible ones (MkDocs ???) print open.
/// </summary>
public sealed record Callout(CalloutKind Kind, ImmutableArray<Inline> Title, ImmutableArray<Block> Blocks, bool Collapsible = false) : Block;

/// <summary>One tab of a <see cref="TabSet"/>.</summary>
public sealed record Tab(ImmutableArray<Inline> Label, ImmutableArray<Block> Blocks);

/// <summary>Content tabs (MkDocs === "Label"); print has no tabs, so writers set them one after another under their labels.</summary>
public sealed record TabSet(ImmutableArray<Tab> Tabs) : Block;

/// <summary>One or more terms and their definitions (each definition is a list of blocks).</summary>
public sealed record DefinitionItem(ImmutableArray<ImmutableArray<Inline>> Terms, ImmutableArray<ImmutableArray<Block>> Definitions);

public sealed record DefinitionList(ImmutableArray<DefinitionItem> Items) : Block;

/// <summary>A forced page break (a new page in print, a new slide, a CSS break in EPUB; never a new chapter).</summary>
public sealed record PageBreak : Block;

/// <summary>Where the source asked for the table of contents ([toc] on its own line).</summary>
public sealed record TableOfContents : Block;
