using GoOverview.Markdown.Blocks;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;

namespace GoOverview.Markdown.Conversion;

/// <summary>State shared by the converters while one document is turned into the model.</summary>
internal sealed class ConversionContext(string sourcePath, DiagnosticBag diagnostics)
{
    /// <summary>Containers (quotes, lists, HTML spans…) nested deeper than this are flattened into the deepest one.</summary>
    public const int MaxNesting = 64;

    public string SourcePath { get; } = sourcePath;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public HeadingIdGenerator HeadingIds { get; } = new();

    /// <summary>How many empty links were dropped so far (a list item emptied by that is dropped too).</summary>
    public int DroppedEmptyLinks { get; set; }

    /// <summary>The HTML parser for blocks of raw HTML (made on first use).</summary>
    public Html.HtmlFragmentParser Html => _html ??= new();

    private Html.HtmlFragmentParser? _html;

    /// <summary>Current depth of nested block containers.</summary>
    public int BlockDepth { get; set; }

    /// <summary>Current depth of nested inline containers.</summary>
    public int InlineDepth { get; set; }

    /// <summary>Markdig lines and columns are 0-based; ours are 1-based.</summary>
    public SourceLocation At(int line, int column) => new(SourcePath, Math.Max(line, 0) + 1, Math.Max(column, 0) + 1);

    public SourceLocation At(Markdig.Syntax.Block block) => At(block.Line, block.Column);

    public SourceLocation At(Markdig.Syntax.Inlines.Inline inline) => At(inline.Line, inline.Column);

    public void WarnNestingFlattened(SourceLocation location) =>
        Diagnostics.ReportOnce("nesting-depth:" + SourcePath, new Diagnostic(Severity.Warning, "nesting-depth",
            $"content nested deeper than {MaxNesting} levels is flattened into the deepest level", location));
}
