using GoOverview.Model;
using GoOverview.Export.Code;
using GoOverview.Model.Files;
using System.CommandLine;

namespace GoOverview.Cli;

/// <summary>The `build` command's options and their mapping onto <see cref="BuildSettings"/>.</summary>
public sealed class BuildCommand
{
    private readonly Argument<string[]> _input = new("INPUT") { Description = "Markdown files (several are joined in order), or - for standard input (read too when input is piped and INPUT is left out)", Arity = ArgumentArity.ZeroOrMore };
    private readonly Option<string?> _book = new("--book") { Description = "Build one book from the chapter files a GitBook/mdBook SUMMARY.md lists, in order" };
    private readonly Option<bool> _sample = new("--sample") { Description = "Build the built-in sample (the Chinese Go overview) instead of an INPUT file" };
    private readonly Option<string[]> _to = new("--to", "-t") { Description = "Formats, comma-separated: pdf, docx, epub, pptx, slides-pdf, json; all = pdf,docx,epub,pptx (the default)" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Output folder (default: out), or one file whose extension gives the format (notes.pdf, notes.slides.pdf), or - for standard output" };
    private readonly Option<string?> _encoding = new("--encoding") { Description = "Encoding of the source, e.g. gb18030, big5, utf-16le (default: detected; UTF-8 unless the bytes say otherwise)" };
    private readonly Option<string[]> _meta = new("--metadata", "-M") { Description = "Set metadata, e.g. -M title=标题 -M author=张三 (overrides front matter)" };
    private readonly Option<bool> _strict = new("--strict") { Description = "Treat warnings as errors (exit 1)" };
    private readonly Option<string?> _config = new("--config") { Description = "Project config file (default: gooverview.yaml beside the input)" };
    private readonly Option<string?> _paper = new("--paper") { Description = "PDF paper size: " + PaperSize.Choices + "; A4 by default" };
    private readonly Option<bool> _toc = new("--toc") { Description = "Include a table of contents in the PDF and the Word file (default)" };
    private readonly Option<bool> _noToc = new("--no-toc") { Description = "Leave out the table of contents of the PDF and the Word file" };
    private readonly Option<int?> _tocDepth = new("--toc-depth") { Description = "Deepest heading level in the tables of contents, 1–6 (PDF and Word default 3, the PDF listing H2 and deeper as H1 is the title; EPUB default: all)" };
    private readonly Option<bool> _numberSections = new("--number-sections", "-N") { Description = "Number the headings (1 / 1.1 / 1.1.1; a lone first H1 is the title and stays unnumbered)" };
    private readonly Option<string?> _numberStyle = new("--number-style") { Description = "Heading numbers: decimal (1.1) or chinese (一、/（一）/1./(1)); implies -N" };
    private readonly Option<string?> _theme = new("--theme") { Description = "PDF theme file overriding templates/pdf" };
    private readonly Option<string?> _margins = new("--margins") { Description = "PDF margins in mm: one value, or top,right,bottom,left" };
    private readonly Option<string?> _css = new("--css") { Description = "EPUB stylesheet replacing templates/epub/epub.css" };
    private readonly Option<string?> _referenceDoc = new("--reference-doc") { Description = "Word template whose styles (by name) the .docx uses" };
    private readonly Option<string?> _referencePptx = new("--reference-pptx") { Description = "PowerPoint template whose layouts (by name) the deck uses" };
    private readonly Option<int?> _splitLevel = new("--split-level") { Description = "EPUB: start a new chapter file at headings of this level or higher (1, 2 or 3; default 2)" };
    private readonly Option<int?> _slideLevel = new("--slide-level") { Description = "Slides: headings of this level start slides, higher ones section dividers (1–6; default 3 if the document has H3, else 2)" };
    private readonly Option<bool> _obfuscateFonts = new("--obfuscate-fonts") { Description = "EPUB: obfuscate embedded fonts (some readers, e.g. Kindle, then drop them)" };
    private readonly Option<bool> _allowOutside = new("--allow-outside") { Description = "Allow images outside the document's folder" };
    private readonly Option<long?> _maxImagePixels = new("--max-image-pixels") { Description = "Largest image accepted, in pixels (width × height, read from the header; default 40000000)" };
    private readonly Option<string?> _linkUrls = new("--link-urls") { Description = "PDF: the address of a link whose text differs from it — footnote (default), list (a marker [n] and a numbered list at the end of its section) or none" };
    private readonly Option<string?> _font = new("--font", "--cjk-font") { Description = "Body face, for Chinese and Latin text alike: sans (Noto Sans SC, default), serif (Noto Serif SC body under sans headings), a font file (.ttf/.otf, FILE.ttc#N for one face of a collection) or an installed family (fontconfig); overrides the theme's bodyFont" };
    private readonly Option<string?> _highlightStyle = new("--highlight-style") { Description = "Code highlighting style: print (default), tango or monochrome" };
    private readonly Option<bool> _noHighlight = new("--no-highlight") { Description = "Print code blocks in one colour (no syntax highlighting)" };
    private readonly Option<bool> _lineNumbers = new("--line-numbers") { Description = "Number the lines of every code block (one block: ```go {.numberLines})" };
    private readonly Option<bool> _watch = new("--watch", "-w") { Description = "Rebuild whenever the source or its images change" };
    private readonly Option<bool> _noCache = new("--no-cache") { Description = "Neither read nor write the cache of font subsets and highlighted code (also: GOOVERVIEW_NO_CACHE=1)" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print only warnings and errors" };

    public Command Create()
    {
        var command = new Command("build", Description)
        {
            _input, _sample, _book, _to, _output, _encoding, _meta, _strict, _config, _paper, _margins, _toc, _noToc, _tocDepth, _numberSections, _numberStyle, _theme, _css, _referenceDoc, _referencePptx,
            _splitLevel, _slideLevel, _obfuscateFonts, _allowOutside, _maxImagePixels, _font, _linkUrls, _highlightStyle, _noHighlight, _lineNumbers, _watch, _noCache, _quiet,
        };
        _to.CompletionSources.Add([.. OutputFormats.Known, "all"]);
        _numberStyle.CompletionSources.Add("decimal", "chinese");
        _paper.CompletionSources.Add("A4", "A5", "B5", "B5-JIS", "16k", "Letter");
        _input.Validators.Add(result =>
        {
            foreach (var token in result.Tokens.Select(t => t.Value).Where(t => t.Length > 1 && t[0] == '-'))
                result.AddError(OptionSpelling.UnknownOptionMessage(token, command));
        });
        command.SetAction(parse => Execute(parse));
        return command;
    }

    public const string Description = """
        Export a Markdown document to PDF, Word, EPUB and PowerPoint

        Examples:
          gooverview build notes.md                    all four formats into out/
          gooverview build notes.md -o notes.pdf       one file; the extension picks the format
          cat notes.md | gooverview build -t docx -o - > notes.docx
          gooverview build --book SUMMARY.md -N        a GitBook/mdBook summary's chapters, numbered
          gooverview build --sample -o demo/           the built-in Go overview
        """;

    private int Execute(ParseResult parse)
    {
        try
        {
            var settings = ToSettings(parse);
            if (parse.GetValue(_noCache)) ContentCache.Shared = null;
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
        var inputs = parse.GetValue(_input) ?? [];
        if (inputs.Any(i => i.Length == 0)) throw new UsageException("INPUT is an empty path");
        var fromStdin = inputs is ["-"];
        if (inputs.Length > 1 && inputs.Contains("-")) throw new UsageException("- (standard input) cannot be joined with INPUT files");
        var input = fromStdin ? null : inputs.FirstOrDefault();
        var bookFlag = parse.GetValue(_book);
        var config = ProjectConfig.Load(parse.GetValue(_config), input ?? bookFlag);
        var book = bookFlag is not null ? Path.GetFullPath(bookFlag) : input is null && !fromStdin ? config.BookPath : null;
        if (parse.GetValue(_sample))
        {
            if (inputs.Length > 0 || book is not null) throw new UsageException("--sample builds the built-in sample: leave out INPUT and --book");
        }
        else if (book is not null)
        {
            if (inputs.Length > 0) throw new UsageException("--book builds the chapters its summary lists: leave out INPUT");
        }
        else if (input is null && !fromStdin)
        {
            if (!Console.IsInputRedirected) throw new UsageException(NoInputHint);
            fromStdin = true;
        }
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in parse.GetValue(_meta) ?? [])
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0) throw new UsageException($"-M expects key=value, got '{pair}'");
            metadata[pair[..eq].Trim()] = pair[(eq + 1)..];
        }
        var toValues = parse.GetValue(_to);
        var (output, formats) = OutputTarget.Resolve(parse.GetValue(_output), toValues is { Length: > 0 } ? OutputFormats.Parse(toValues) : null,
            config.Formats, config.OutputDirectory ?? "out");
        var encodingName = parse.GetValue(_encoding);
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
            MoreInputs = inputs.Skip(1).ToList(),
            BookPath = book,
            FromStandardInput = fromStdin,
            Encoding = encodingName is null ? null : SourceDecoding.Named(encodingName),
            ConfigPath = ConfigFileRead(parse.GetValue(_config), input),
            Formats = formats,
            Output = output,
            Metadata = metadata,
            MetadataDefaults = config.Metadata,
            ConfigWarnings = config.Warnings,
            Strict = parse.GetValue(_strict) || config.Strict,
            NumberSections = parse.GetValue(_numberStyle) is { } numberStyle ? SettingRules.NumberStyle(numberStyle, "--number-style")
                : parse.GetValue(_numberSections) ? config.NumberSections ?? SectionNumberStyle.Decimal
                : config.NumberSections,
            AllowOutside = parse.GetValue(_allowOutside),
            MaxImagePixels = ImagePixelBudget(parse.GetValue(_maxImagePixels)),
            Quiet = parse.GetValue(_quiet),
            Writers = new WriterSettings
            {
                Paper = paper,
                Font = parse.GetValue(_font) is { } font ? SettingRules.Font(font, "--font") : config.Font,
                FirstLineIndent = config.FirstLineIndent,
                LinkUrls = parse.GetValue(_linkUrls) is { } linkUrls ? SettingRules.LinkUrls(linkUrls, "--link-urls") : null,
                Toc = toc,
                TocDepth = parse.GetValue(_tocDepth) is { } depth ? SettingRules.TocDepth(depth, "--toc-depth") : config.TocDepth,
                ThemePath = ExistingFile(parse.GetValue(_theme) ?? config.ThemePath, "--theme"),
                ReferenceDocPath = ExistingFile(parse.GetValue(_referenceDoc) ?? config.ReferenceDocPath, "--reference-doc"),
                ReferencePptxPath = ExistingFile(parse.GetValue(_referencePptx) ?? config.ReferencePptxPath, "--reference-pptx"),
                SplitLevel = splitLevel,
                SlideLevel = parse.GetValue(_slideLevel) is { } slideLevel ? SettingRules.TocDepth(slideLevel, "--slide-level") : null,
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

    private const string NoInputHint = """
        no INPUT given. Usage:
          gooverview build notes.md            all four formats into out/
          gooverview build notes.md -o a.pdf   one format
          gooverview build --sample            the built-in sample
          gooverview build --help              every option
        """;

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
