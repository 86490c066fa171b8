using GoOverview.Export.Code;
using GoOverview.Model.Files;
using System.CommandLine;

namespace GoOverview.Cli;

/// <summary>The `build` command's options and their mapping onto <see cref="BuildSettings"/>.</summary>
public sealed class BuildCommand
{
    private readonly Argument<string?> _input = new("INPUT") { Description = "Markdown file (default: the built-in Go overview sample)", Arity = ArgumentArity.ZeroOrOne };
    private readonly Option<string[]> _to = new("--to", "-t") { Description = "Formats: pdf,docx,epub,pptx,slides-pdf,json or all (default: pdf,docx,epub,pptx)", AllowMultipleArgumentsPerToken = true };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Output folder (default: out)" };
    private readonly Option<string[]> _meta = new("--metadata", "-M") { Description = "Set metadata, e.g. -M title=标题 -M author=张三 (overrides front matter)" };
    private readonly Option<bool> _strict = new("--strict") { Description = "Treat warnings as errors (exit 1)" };
    private readonly Option<string?> _config = new("--config") { Description = "Project config file (default: gooverview.yaml beside the input)" };
    private readonly Option<string?> _paper = new("--paper") { Description = "PDF paper size: A4 (default) or Letter" };
    private readonly Option<bool> _toc = new("--toc") { Description = "Include a table of contents in the PDF (default)" };
    private readonly Option<bool> _noToc = new("--no-toc") { Description = "Leave out the PDF table of contents" };
    private readonly Option<string?> _theme = new("--theme") { Description = "PDF theme file overriding templates/pdf" };
    private readonly Option<string?> _margins = new("--margins") { Description = "PDF margins in mm: one value, or top,right,bottom,left" };
    private readonly Option<string?> _css = new("--css") { Description = "EPUB stylesheet replacing templates/epub/epub.css" };
    private readonly Option<string?> _referenceDoc = new("--reference-doc") { Description = "Word template whose styles (by name) the .docx uses" };
    private readonly Option<string?> _referencePptx = new("--reference-pptx") { Description = "PowerPoint template whose layouts (by name) the deck uses" };
    private readonly Option<int?> _splitLevel = new("--split-level") { Description = "EPUB: start a new chapter file at headings of this level or higher (1, 2 or 3; default 2)" };
    private readonly Option<bool> _obfuscateFonts = new("--obfuscate-fonts") { Description = "EPUB: obfuscate embedded fonts (some readers, e.g. Kindle, then drop them)" };
    private readonly Option<bool> _allowOutside = new("--allow-outside") { Description = "Allow images outside the document's folder" };
    private readonly Option<long?> _maxImagePixels = new("--max-image-pixels") { Description = "Largest image accepted, in pixels (width × height, read from the header; default 40000000)" };
    private readonly Option<string?> _highlightStyle = new("--highlight-style") { Description = "Code highlighting style: print (default), tango or monochrome" };
    private readonly Option<bool> _noHighlight = new("--no-highlight") { Description = "Print code blocks in one colour (no syntax highlighting)" };
    private readonly Option<bool> _lineNumbers = new("--line-numbers") { Description = "Number the lines of every code block (one block: ```go {.numberLines})" };
    private readonly Option<bool> _watch = new("--watch", "-w") { Description = "Rebuild whenever the source or its images change" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print only warnings and errors" };

    public Command Create()
    {
        var command = new Command("build", "Export a Markdown document to PDF, Word, EPUB and PowerPoint")
        {
            _input, _to, _output, _meta, _strict, _config, _paper, _margins, _toc, _noToc, _theme, _css, _referenceDoc, _referencePptx,
            _splitLevel, _obfuscateFonts, _allowOutside, _maxImagePixels, _highlightStyle, _noHighlight, _lineNumbers, _watch, _quiet,
        };
        command.SetAction(parse => Execute(parse));
        return command;
    }

    private int Execute(ParseResult parse)
    {
        try
        {
            var settings = ToSettings(parse);
            if (parse.GetValue(_watch)) return new WatchLoop(settings).Run();
            return BuildOnce.Run(settings);
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.BadUsage;
        }
    }

    /// <summary>Between one small icon and a 1-gigapixel scan (4 GB decoded): anything outside is a typo.</summary>
    private static long ImagePixelBudget(long? value)
    {
        if (value is null) return ReadLimits.ImagePixels;
        if (value is < 1024 or > 1_000_000_000)
            throw new UsageException($"--max-image-pixels must be between 1024 and 1000000000, got {value}");
        return value.Value;
    }

    private BuildSettings ToSettings(ParseResult parse)
    {
        var input = parse.GetValue(_input);
        if (input is { Length: 0 }) throw new UsageException("INPUT is an empty path");
        var config = ProjectConfig.Load(parse.GetValue(_config), input);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parse.GetValue(_meta) ?? [])
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new UsageException($"-M expects key=value, got '{pair}'");
            metadata[pair[..eq].Trim()] = pair[(eq + 1)..];
        }
        var toValues = parse.GetValue(_to);
        var formats = toValues is { Length: > 0 } ? OutputFormats.Parse(toValues) : config.Formats ?? OutputFormats.Default;
        var paperFlag = parse.GetValue(_paper);
        var paper = paperFlag is not null ? SettingRules.Paper(paperFlag, "--paper") : config.Paper;
        var splitLevel = parse.GetValue(_splitLevel) is { } level ? SettingRules.SplitLevel(level, "--split-level") : config.SplitLevel;
        var marginsFlag = parse.GetValue(_margins);
        var margins = marginsFlag is not null ? SettingRules.Margins(marginsFlag, "--margins", paper)
            : config.Margins is not null ? SettingRules.Margins(config.Margins, config.MarginsWhere ?? "margins", paper)
            : null;
        if (parse.GetValue(_toc) && parse.GetValue(_noToc)) throw new UsageException("--toc and --no-toc contradict each other");
        bool? toc = parse.GetValue(_noToc) ? false : parse.GetValue(_toc) ? true : config.Toc;

        return new BuildSettings
        {
            InputPath = input,
            ConfigPath = ConfigFileRead(parse.GetValue(_config), input),
            Formats = formats,
            OutputDirectory = parse.GetValue(_output) ?? config.OutputDirectory ?? "out",
            Metadata = metadata,
            MetadataDefaults = config.Metadata,
            ConfigWarnings = config.Warnings,
            Strict = parse.GetValue(_strict) || config.Strict,
            AllowOutside = parse.GetValue(_allowOutside),
            MaxImagePixels = ImagePixelBudget(parse.GetValue(_maxImagePixels)),
            Quiet = parse.GetValue(_quiet),
            Writers = new WriterSettings
            {
                Paper = paper,
                Toc = toc,
                ThemePath = ExistingFile(parse.GetValue(_theme) ?? config.ThemePath, "--theme"),
                ReferenceDocPath = ExistingFile(parse.GetValue(_referenceDoc) ?? config.ReferenceDocPath, "--reference-doc"),
                ReferencePptxPath = ExistingFile(parse.GetValue(_referencePptx) ?? config.ReferencePptxPath, "--reference-pptx"),
                SplitLevel = splitLevel,
                ObfuscateFonts = parse.GetValue(_obfuscateFonts),
                MarginsMm = margins,
                CssPath = ExistingFile(parse.GetValue(_css) ?? config.CssPath, "--css"),
            },
            Highlight = new HighlightOptions(
                Enabled: !parse.GetValue(_noHighlight) && config.Highlight != false,
                Style: parse.GetValue(_highlightStyle) is { } style ? SettingRules.HighlightStyle(style, "--highlight-style") : config.HighlightStyle,
                LineNumbers: parse.GetValue(_lineNumbers) || config.LineNumbers == true),
        };
    }

    /// <summary>The config file <see cref="ProjectConfig.Load"/> read: --config, else gooverview.yaml beside the input.</summary>
    private static string? ConfigFileRead(string? explicitPath, string? input)
    {
        if (explicitPath is not null) return Path.GetFullPath(explicitPath);
        if (input is null) return null;
        var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".", ProjectConfig.DefaultFileName);
        return File.Exists(beside) ? beside : null;
    }

    /// <summary>The full path of a file named by a flag or the config; only a regular file passes (never a FIFO or /dev/zero).</summary>
    private static string? ExistingFile(string? path, string option)
    {
        if (path is null) return null;
        return FileGate.Kind(path) switch
        {
            FileKind.Regular => Path.GetFullPath(path),
            FileKind.Missing => throw new UsageException($"{option}: no such file '{path}'"),
            FileKind.Directory => throw new UsageException($"{option}: '{path}' is a folder, not a file"),
            _ => throw new UsageException($"{option}: '{path}' is not a regular file (a pipe, socket or device is never read)"),
        };
    }
}
