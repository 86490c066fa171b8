using GoOverview.Markdown.Metadata;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Model.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GoOverview.Cli;

/// <summary>
/// The optional project config (gooverview.yaml beside the document, or --config FILE): metadata, formats,
/// output folder, paper, theme and templates. Command-line flags override it. Relative paths in it are
/// relative to the config file's folder.
/// </summary>
public sealed record ProjectConfig
{
    public const string DefaultFileName = "gooverview.yaml";

    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string>? Formats { get; init; }
    public string? OutputDirectory { get; init; }
    public string? Paper { get; init; }
    public string? Margins { get; init; }
    public string? CssPath { get; init; }
    public bool? Toc { get; init; }
    public string? ThemePath { get; init; }
    public string? ReferenceDocPath { get; init; }
    public string? ReferencePptxPath { get; init; }
    public int? SplitLevel { get; init; }
    public int? TocDepth { get; init; }
    public string? BookPath { get; init; }
    public SectionNumberStyle? NumberSections { get; init; }
    public bool Strict { get; init; }
    public bool? Highlight { get; init; }
    public string? HighlightStyle { get; init; }
    public bool? LineNumbers { get; init; }
    public GoOverview.Fonts.Choice.FontChoice? Font { get; init; }

    /// <summary>first-line-indent: the 2-character first-line indent of Word body paragraphs (null: on).</summary>
    public bool? FirstLineIndent { get; init; }

    /// <summary>Metadata values that lost illegal characters, reported at their line of the config.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <exception cref="UsageException">The named config is missing or is not valid.</exception>
    public static ProjectConfig Load(string? explicitPath, string? inputPath)
    {
        string? path = explicitPath;
        if (path is null && inputPath is not null)
        {
            var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputPath)) ?? ".", DefaultFileName);
            if (FileGate.Kind(beside) != FileKind.Missing) path = beside;
        }
        if (path is null) return new ProjectConfig();
        string yaml;
        try
        {
            yaml = FileGate.ReadAllText(path, ReadLimits.SmallText, "--config");
        }
        catch (FileRefusedException e)
        {
            throw new UsageException(e.Message);
        }
        return Parse(yaml, Path.GetFullPath(path));
    }

    public static ProjectConfig Parse(string yaml, string path)
    {
        var stream = new YamlStream();
        try
        {
            if (YamlInput.FirstRefusal(yaml) is { } refused)
                throw new UsageException($"{path}:{refused.Line}:{refused.Column}: {refused.Message}");
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new UsageException($"{path}:{e.Start.Line}:{e.Start.Column}: invalid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet reports some malformed input (e.g. an unclosed flow sequence) without a position
            throw new UsageException($"{path}: invalid YAML: {e.Message}");
        }
        if (stream.Documents.Count == 0) return new ProjectConfig();
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new UsageException($"{path}:1:1: the config must be a mapping of settings");

        var folder = Path.GetDirectoryName(path)!;
        var config = new ProjectConfig();
        foreach (var (keyNode, value) in root.Children)
        {
            var where = $"{path}:{keyNode.Start.Line}:{keyNode.Start.Column}";
            var key = keyNode is YamlScalarNode { Value: { } name } ? name : throw new UsageException($"{where}: a setting's name must be a single word, not a list or mapping");
            config = key switch
            {
                "metadata" => config with { Metadata = Mapping(value, where, path, out var warnings), Warnings = warnings },
                "formats" => config with { Formats = OutputFormats.Parse(Strings(value, where)) },
                "output" => config with { OutputDirectory = Path.Combine(folder, Scalar(value, where)) },
                "paper" => config with { Paper = SettingRules.Paper(Scalar(value, where), $"{where}: paper") },
                "margins" => config with { Margins = Scalar(value, where), MarginsWhere = $"{where}: margins" },
                "css" => config with { CssPath = Path.Combine(folder, Scalar(value, where)) },
                "toc" => config with { Toc = Bool(value, where) },
                "theme" => config with { ThemePath = Path.Combine(folder, Scalar(value, where)) },
                "reference-doc" => config with { ReferenceDocPath = Path.Combine(folder, Scalar(value, where)) },
                "reference-pptx" => config with { ReferencePptxPath = Path.Combine(folder, Scalar(value, where)) },
                "split-level" => config with { SplitLevel = SettingRules.SplitLevel(Scalar(value, where), $"{where}: split-level") },
                "strict" => config with { Strict = Bool(value, where) },
                "book" => config with { BookPath = Path.Combine(folder, Scalar(value, where)) },
                "toc-depth" => config with { TocDepth = SettingRules.TocDepth(Scalar(value, where), $"{where}: toc-depth") },
                "number-sections" => config with { NumberSections = Bool(value, where) ? config.NumberSections ?? SectionNumberStyle.Decimal : null },
                "number-style" => config with { NumberSections = SettingRules.NumberStyle(Scalar(value, where), $"{where}: number-style") },
                "font" => config with { Font = SettingRules.Font(Scalar(value, where), $"{where}: font", folder) },
                "first-line-indent" => config with { FirstLineIndent = Bool(value, where) },
                "highlight" => config with { Highlight = Bool(value, where) },
                "line-numbers" => config with { LineNumbers = Bool(value, where) },
                "highlight-style" => config with { HighlightStyle = SettingRules.HighlightStyle(Scalar(value, where), $"{where}: highlight-style") },
                _ => throw new UsageException($"{where}: unknown setting '{key}' (known: metadata, book, formats, output, paper, margins, toc, css, theme, reference-doc, reference-pptx, split-level, toc-depth, number-sections, number-style, strict, highlight, highlight-style, line-numbers)"),
            };
        }
        return config;
    }

    /// <summary>Where the margins were set ("FILE:LINE:COL: margins"), for the message when they do not fit the paper.</summary>
    public string? MarginsWhere { get; init; }

    private static string Scalar(YamlNode node, string where) =>
        node is YamlScalarNode s ? s.Value ?? "" : throw new UsageException($"{where}: expected a single value");

    private static bool Bool(YamlNode node, string where) => Scalar(node, where).ToLowerInvariant() switch
    {
        "true" or "yes" or "on" => true,
        "false" or "no" or "off" => false,
        var other => throw new UsageException($"{where}: expected true or false, got '{other}'"),
    };

    private static IEnumerable<string> Strings(YamlNode node, string where) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlSequenceNode seq => seq.Children.Select(c => Scalar(c, where)),
        _ => throw new UsageException($"{where}: expected a list of formats"),
    };

    private static Dictionary<string, string> Mapping(YamlNode node, string where, string path, out IReadOnlyList<Diagnostic> warnings)
    {
        if (node is not YamlMappingNode map) throw new UsageException($"{where}: metadata must be a mapping");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var found = new List<Diagnostic>();
        foreach (var (k, v) in map.Children)
        {
            var at = $"{path}:{k.Start.Line}:{k.Start.Column}";
            var key = Scalar(k, at);
            var value = v is YamlSequenceNode seq ? string.Join(", ", seq.Children.Select(c => Scalar(c, at))) : Scalar(v, at);
            result[key] = YamlInput.WithoutIllegalCharacters(value, out var removed);
            if (removed is { } c)
                found.Add(new Diagnostic(Severity.Warning, "illegal-character", YamlInput.IllegalCharacterMessage(c),
                    new SourceLocation(path, (int)Math.Min(v.Start.Line, int.MaxValue), (int)Math.Min(v.Start.Column, int.MaxValue))));
        }
        warnings = found;
        return result;
    }
}
