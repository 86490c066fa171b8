using System.Collections.Immutable;

namespace GoOverview.Model;

/// <summary>Inline content. The set is closed: writers switch over these records.</summary>
public abstract record Inline;

public sealed record Text(string Value) : Inline;

public sealed record Strong(ImmutableArray<Inline> Content) : Inline;

public sealed record Emphasis(ImmutableArray<Inline> Content) : Inline;

public sealed record Strikethrough(ImmutableArray<Inline> Content) : Inline;

public sealed record Underline(ImmutableArray<Inline> Content) : Inline;

public sealed record Superscript(ImmutableArray<Inline> Content) : Inline;

public sealed record Subscript(ImmutableArray<Inline> Content) : Inline;

/// <summary>Inline code; Attr carries e.g. the class "kbd" for keyboard input.</summary>
public sealed record Code(string Text, Attr Attr) : Inline
{
    public Code(string text) : this(text, Attr.Empty) { }
}

/// <summary>A hyperlink. Url starting with '#' points at a heading/element id inside the document.</summary>
public sealed record Link(ImmutableArray<Inline> Content, string Url, string Title) : Inline;

/// <summary>An image; Url is as written in the source (relative to the document's folder).</summary>
public sealed record Image(string Alt, string Url, string Title) : Inline;

public sealed record LineBreak : Inline;

public sealed record SoftBreak : Inline;

/// <summary>A reference to <see cref="FootnoteDefinition"/> with the same Label; Number is 1-based order of first use.</summary>
public sealed record FootnoteRef(string Label, int Number) : Inline;

/// <summary>A styled or classed inline container. Key terms are Spans with the class <see cref="KeyTerms.ClassName"/>.</summary>
public sealed record Span(Attr Attr, TextStyle Style, ImmutableArray<Inline> Content) : Inline;

/// <summary>
/// Ruby: an annotation (reading, pinyin) over its base text. EPUB writes &lt;ruby&gt;; writers without ruby show
/// <see cref="Fallback"/>, the base followed by the annotation in full-width parentheses.
/// </summary>
public sealed record Ruby(ImmutableArray<Inline> Content, string Annotation) : Inline
{
    public ImmutableArray<Inline> Fallback => [.. Content, new Text("（" + Annotation + "）")];
}

/// <summary>Raw markup that the reader kept verbatim (Format is e.g. "html").</summary>
public sealed record RawInline(string Format, string Text) : Inline;
