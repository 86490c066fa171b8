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
    public bool Strict { get; init; }

    /// <exception cref="UsageException">The named config is missing or is not valid.</exception>
    public static ProjectConfig Load(string? explicitPath, string? inputPath)
    {
        string? path = explicitPath;
        if (path is null && inputPath is not null)
        {
            var beside = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(inputPath)) ?? ".", DefaultFileName);
            if (File.Exists(beside)) path = beside;
        }
        if (path is null) return new ProjectConfig();
        if (!File.Exists(path)) throw new UsageException($"--config: no such file '{path}'");
        return Parse(File.ReadAllText(path), Path.GetFullPath(path));
    }

    public static ProjectConfig Parse(string yaml, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new UsageException($"{path}:{e.Start.Line}:{e.Start.Column}: invalid YAML: {e.InnerException?.Message ?? e.Message}");
        }
        if (stream.Documents.Count == 0) return new ProjectConfig();
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
            throw new UsageException($"{path}:1:1: the config must be a mapping of settings");

        var folder = Path.GetDirectoryName(path)!;
        var config = new ProjectConfig();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? "";
            var where = $"{path}:{keyNode.Start.Line}:{keyNode.Start.Column}";
            config = key switch
            {
                "metadata" => config with { Metadata = Mapping(value, where) },
                "formats" => config with { Formats = OutputFormats.Parse(Strings(value, where)) },
                "output" => config with { OutputDirectory = Path.Combine(folder, Scalar(value, where)) },
                "paper" => config with { Paper = Scalar(value, where) },
                "margins" => config with { Margins = Scalar(value, where) },
                "css" => config with { CssPath = Path.Combine(folder, Scalar(value, where)) },
                "toc" => config with { Toc = Bool(value, where) },
                "theme" => config with { ThemePath = Path.Combine(folder, Scalar(value, where)) },
                "reference-doc" => config with { ReferenceDocPath = Path.Combine(folder, Scalar(value, where)) },
                "reference-pptx" => config with { ReferencePptxPath = Path.Combine(folder, Scalar(value, where)) },
                "split-level" => config with { SplitLevel = int.TryParse(Scalar(value, where), out var n) ? n : throw new UsageException($"{where}: split-level must be a number") },
                "strict" => config with { Strict = Bool(value, where) },
                _ => throw new UsageException($"{where}: unknown setting '{key}' (known: metadata, formats, output, paper, margins, toc, css, theme, reference-doc, reference-pptx, split-level, strict)"),
            };
        }
        return config;
    }

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

    private static Dictionary<string, string> Mapping(YamlNode node, string where)
    {
        if (node is not YamlMappingNode map) throw new UsageException($"{where}: metadata must be a mapping");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in map.Children)
        {
            var key = Scalar(k, where);
            result[key] = v is YamlSequenceNode seq ? string.Join(", ", seq.Children.Select(c => Scalar(c, where))) : Scalar(v, where);
        }
        return result;
    }
}
