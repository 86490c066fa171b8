namespace GoOverview.Word;

/// <summary>Options of the Word writer (the CLI maps its flags onto these).</summary>
public sealed record DocxOptions
{
    public static readonly DocxOptions Default = new();

    /// <summary>A .docx whose styles are used by name (like pandoc's --reference-doc); null = the bundled templates/reference.docx.</summary>
    public string? ReferenceDocPath { get; init; }

    /// <summary>Write a table of contents (a TOC field with the headings as its cached result).</summary>
    public bool TableOfContents { get; init; } = true;

    /// <summary>Deepest heading level listed in the table of contents (1–6).</summary>
    public int TocDepth { get; init; } = 3;

    /// <summary>Embed subsets of the bundled fonts as obfuscated .odttf parts so machines without them render the same.</summary>
    public bool EmbedFonts { get; init; } = true;

    /// <summary>Paper name (--paper: A4, Letter, … as the shared paper table knows them); null = the reference document's page, else A4.</summary>
    public string? Paper { get; init; }

    /// <summary>Page margins in millimetres: top, right, bottom, left (--margins); null = the reference document's, else Word's Chinese defaults.</summary>
    public IReadOnlyList<float>? MarginsMm { get; init; }

    /// <summary>Body paragraphs start two characters in (the Chinese book convention); false sets them flush with a space between.</summary>
    public bool FirstLineIndent { get; init; } = true;
}
