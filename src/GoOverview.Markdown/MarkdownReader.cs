using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Parsing;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown;

/// <summary>
/// Options of the reader. Metadata precedence, lowest first: <see cref="MetadataDefaults"/> (a project config),
/// the document's YAML front matter, <see cref="MetadataOverrides"/> (-M key=value on the command line).
/// </summary>
public sealed record ReaderOptions(IReadOnlyDictionary<string, string> MetadataOverrides)
{
    public static readonly ReaderOptions Default = new(new Dictionary<string, string>());

    public IReadOnlyDictionary<string, string> MetadataDefaults { get; init; } = new Dictionary<string, string>();
}

/// <summary>Markdown (CommonMark + GFM + CJK-friendly emphasis) → the shared model. The only place Markdig is used.</summary>
public static class MarkdownReader
{
    /// <param name="markdown">The source text (a leading BOM and CRLF line ends are accepted).</param>
    /// <param name="sourcePath">File name used in diagnostics and for output names.</param>
    /// <param name="baseDirectory">Folder that relative image paths resolve against (null: none).</param>
    /// <exception cref="ContentException">The text nests deeper than the reader can follow, or passes a <see cref="DocumentLimits"/> count.</exception>
    public static Document Read(string markdown, string sourcePath, string? baseDirectory, DiagnosticBag diagnostics, ReaderOptions? options = null)
    {
        var text = SourceText.Normalize(markdown, sourcePath, diagnostics);
        DocumentLimits.Check(text, sourcePath);
        var parsed = GuardedParser.Parse(text, sourcePath);
        var context = new ConversionContext(sourcePath, diagnostics);
        return DocumentConverter.Convert(parsed, sourcePath, baseDirectory, context, options ?? ReaderOptions.Default);
    }
}
