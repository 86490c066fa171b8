namespace GoOverview.Epub;

/// <summary>Options of the EPUB writer (the CLI maps its flags onto these).</summary>
public sealed record EpubOptions
{
    public static readonly EpubOptions Default = new();

    /// <summary>Headings of this level or higher (1 = H1 only, 2 = H1 and H2) start a new chapter file (--split-level).</summary>
    public int SplitLevel { get; init; } = 2;

    /// <summary>A CSS file that replaces the bundled templates/epub/epub.css (null: use the bundled one).</summary>
    public string? StylesheetPath { get; init; }

    /// <summary>Headings up to this level appear in the navigation (--toc-depth; 1–6). Default 6: a reader's
    /// navigation is for finding things, so it lists every heading unless asked otherwise.</summary>
    public int TocDepth { get; init; } = 6;

    /// <summary>Obfuscate the embedded fonts with the IDPF algorithm (off by default: KindleGen drops obfuscated fonts).</summary>
    public bool ObfuscateFonts { get; init; }

    /// <summary>Embed the subset Noto Sans SC regular and bold fonts (on by default).</summary>
    public bool EmbedFonts { get; init; } = true;

    /// <summary>Generate a cover image from the metadata (on by default).</summary>
    public bool GenerateCover { get; init; } = true;
}
