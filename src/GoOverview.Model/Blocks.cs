using System.Collections.Immutable;

namespace GoOverview.Model;

/// <summary>Block content. Location points at the block's first source line (for diagnostics).</summary>
public abstract record Block
{
    public SourceLocation? Location { get; init; }
}

/// <summary>A heading; Attr.Id is unique in the document and usable as a link target (#id).</summary>
public sealed record Heading(int Level, ImmutableArray<Inline> Content, Attr Attr) : Block;

public sealed record Paragraph(ImmutableArray<Inline> Content) : Block;

public enum TaskState
{
    None,
    Unchecked,
    Checked,
}

public sealed record ListItem(ImmutableArray<Block> Blocks, TaskState Task = TaskState.None);

/// <summary>Tight lists hold items whose paragraphs have no blank lines between them.</summary>
public sealed record BulletList(ImmutableArray<ListItem> Items, bool Tight) : Block;

public sealed record OrderedList(int Start, ImmutableArray<ListItem> Items, bool Tight) : Block;

public sealed record BlockQuote(ImmutableArray<Block> Blocks) : Block;

/// <summary>Fenced or indented code; Language is the info string's first word or empty.</summary>
public sealed record CodeBlock(string Language, string Text, Attr Attr) : Block;

public enum ColumnAlignment
{
    Default,
    Left,
    Center,
    Right,
}

/// <summary>
/// A cell. ColSpan/RowSpan above 1 (raw HTML tables) make it cover the cells to its right and below; each covered
/// position still holds a cell, an empty one with <see cref="Covered"/> set, so every row keeps one cell per column.
/// </summary>
public sealed record TableCell(ImmutableArray<Inline> Content)
{
    public int ColSpan { get; init; } = 1;

    public int RowSpan { get; init; } = 1;

    /// <summary>A placeholder for a position another cell spans; writers that know spans skip it.</summary>
    public bool Covered { get; init; }
}

public sealed record TableRow(ImmutableArray<TableCell> Cells);

/// <summary>
/// A table; every row has exactly Alignments.Length cells (the reader pads short rows; spanned positions hold
/// Covered cells). Spans stay inside the header or inside the body. A header whose cells are all empty (an HTML table
/// without &lt;th&gt; row) is not drawn: see <see cref="HasHeader"/>.
/// </summary>
public sealed record Table(ImmutableArray<ColumnAlignment> Alignments, TableRow Header, ImmutableArray<TableRow> Rows, Attr Attr) : Block
{
    public bool HasHeader => Header.Cells.Any(c => !c.Content.IsDefaultOrEmpty);
}

/// <summary>A paragraph that held only an image; Caption is the image's alt/title text as inlines.</summary>
public sealed record Figure(Image Image, ImmutableArray<Inline> Caption, Attr Attr) : Block;

public sealed record ThematicBreak : Block;

/// <summary>A generic block container (e.g. from a &lt;div&gt;).</summary>
public sealed record Div(Attr Attr, ImmutableArray<Block> Blocks) : Block;

/// <summary>Raw markup block kept verbatim (Format is e.g. "html").</summary>
public sealed record RawBlock(string Format, string Text) : Block;

/// <summary>A footnote's body. Stored in <see cref="Document.Footnotes"/> in Number order.</summary>
public sealed record FootnoteDefinition(string Label, int Number, ImmutableArray<Block> Blocks) : Block;
