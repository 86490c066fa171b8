using GoOverview.Model;

namespace GoOverview.Cli;

/// <summary>Everything one build needs, after the command line and the project config file are merged.</summary>
public sealed record BuildSettings
{
    /// <summary>The Markdown source; null means standard input when <see cref="FromStandardInput"/>, else the built-in sample.</summary>
    public string? InputPath { get; init; }

    /// <summary>INPUT files after the first, joined to it in order.</summary>
    public IReadOnlyList<string> MoreInputs { get; init; } = [];

    /// <summary>--book SUMMARY.md (or book: in the config): the chapters it lists make the document.</summary>
    public string? BookPath { get; init; }

    /// <summary>Read the source from standard input (INPUT "-", or no INPUT with piped input).</summary>
    public bool FromStandardInput { get; init; }

    /// <summary>--encoding; null detects it (README: Input encodings).</summary>
    public System.Text.Encoding? Encoding { get; init; }

    /// <summary>The project config file that was read, if any (no output may overwrite it).</summary>
    public string? ConfigPath { get; init; }

    public IReadOnlyList<string> Formats { get; init; } = OutputFormats.Default;

    public OutputTarget Output { get; init; } = new OutputTarget.Folder("out");

    /// <summary>-M key=value from the command line: wins over the document's front matter.</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Metadata from the project config: used where the document's front matter is silent.</summary>
    public IReadOnlyDictionary<string, string> MetadataDefaults { get; init; } = new Dictionary<string, string>();

    /// <summary>What reading the project config found worth a warning (reported with the build's diagnostics).</summary>
    public IReadOnlyList<GoOverview.Model.Diagnostics.Diagnostic> ConfigWarnings { get; init; } = [];

    public bool Strict { get; init; }

    /// <summary>-N / --number-style: number the headings in this style; null leaves them as written.</summary>
    public SectionNumberStyle? NumberSections { get; init; }

    public bool AllowOutside { get; init; }

    /// <summary>Pixel budget of one image (README: Safety).</summary>
    public long MaxImagePixels { get; init; } = GoOverview.Model.Files.ReadLimits.ImagePixels;

    public bool Quiet { get; init; }

    public WriterSettings Writers { get; init; } = new();

    /// <summary>`--no-highlight`, `--highlight-style` (or the config's `highlight`, `highlight-style`).</summary>
    public GoOverview.Export.Code.HighlightOptions Highlight { get; init; } = GoOverview.Export.Code.HighlightOptions.Default;
}

/// <summary>Options that reach one writer each (the CLI maps them onto the writers' own option records).</summary>
public sealed record WriterSettings
{
    public string? Paper { get; init; }

    /// <summary>--font (or the config's font): the body face for every writer, bundled, a file or an installed family
    /// (null: sans, or the PDF theme's bodyFont).</summary>
    public GoOverview.Fonts.Choice.FontChoice? Font { get; init; }

    /// <summary>The config's first-line-indent: Word body paragraphs start with a 2-character indent (null: on).</summary>
    public bool? FirstLineIndent { get; init; }

    /// <summary>--link-urls for the PDF handout (null: footnote).</summary>
    public GoOverview.Export.LinkUrls? LinkUrls { get; init; }

    public bool? Toc { get; init; }

    /// <summary>--toc-depth: deepest heading level in the tables of contents (1–6).</summary>
    public int? TocDepth { get; init; }

    public string? ThemePath { get; init; }

    public string? ReferenceDocPath { get; init; }

    public string? ReferencePptxPath { get; init; }

    public int? SplitLevel { get; init; }

    /// <summary>Slides: headings of this level start slides (--slide-level, 1–6); null: automatic.</summary>
    public int? SlideLevel { get; init; }

    public bool ObfuscateFonts { get; init; }

    /// <summary>PDF page margins in millimetres: top, right, bottom, left.</summary>
    public float[]? MarginsMm { get; init; }

    /// <summary>EPUB stylesheet replacing templates/epub/epub.css.</summary>
    public string? CssPath { get; init; }
}

public static class OutputFormats
{
    public const string Json = "json";

    /// <summary>What `build` writes when --to is not given (or is "all").</summary>
    public static readonly IReadOnlyList<string> Default = ["pdf", "docx", "epub", "pptx"];

    /// <summary>Every format `--to` accepts; slides-pdf is the slide plan drawn as PDF pages (a talk from any PDF viewer).</summary>
    public static readonly IReadOnlyList<string> Known = ["pdf", "docx", "epub", "pptx", "slides-pdf", Json];

    /// <summary>Formats whose writers draw with Skia typefaces (the PDF handout and slides, the EPUB cover picture).</summary>
    public static bool DrawsWithSkia(string format) => format is "pdf" or "slides-pdf" or "epub";

    /// <summary>The output file's extension for a format (what its writer reports as Extension).</summary>
    public static string Extension(string format) => format switch
    {
        "slides-pdf" => ".slides.pdf",
        _ => "." + format,
    };

    /// <summary>Parses "pdf,docx" / "all"; duplicates removed, order kept.</summary>
    /// <exception cref="UsageException">An unknown format name.</exception>
    public static IReadOnlyList<string> Parse(IEnumerable<string> values)
    {
        var result = new List<string>();
        foreach (var raw in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var name = raw.ToLowerInvariant();
            if (name == "all")
            {
                result.AddRange(Default);
                continue;
            }
            if (!Known.Contains(name))
                throw new UsageException($"unknown format '{raw}' (known: {string.Join(", ", Known)}, all)");
            result.Add(name);
        }
        return result.Count == 0 ? Default : result.Distinct().ToList();
    }
}
