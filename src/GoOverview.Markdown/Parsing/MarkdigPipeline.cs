using Markdig;
using Markdig.Extensions.EmphasisExtras;
using Markdig.Extensions.Tables;

namespace GoOverview.Markdown.Parsing;

/// <summary>The one Markdig pipeline of the program, built once (pipelines are thread-safe and reusable).</summary>
internal static class MarkdigPipeline
{
    /// <summary>Markdig refuses trees deeper than this; the converter flattens anything past its own, smaller cap.</summary>
    public const int MarkdigNestingLimit = 100_000;

    public static readonly MarkdownPipeline Instance = Build();

    /// <summary>The same pipeline without <see cref="EarlyEmphasisResolver"/> (tests compare the two).</summary>
    internal static MarkdownPipeline WithoutEarlyEmphasis() => Build(resolveEmphasisEarly: false);

    private static MarkdownPipeline Build(bool resolveEmphasisEarly = true)
    {
        var builder = new MarkdownPipelineBuilder()
            .UseYamlFrontMatter()
            .UsePipeTables(new PipeTableOptions { UseHeaderForColumnCount = true })
            .UseFootnotes()
            .UseTaskLists()
            .UseAutoLinks()
            // No UseGenericAttributes: it silently eats "{…}" after text ("func main() {" loses its brace); headings
            // take "{#id}" through HeadingConverter instead.
            // Only ~~strike~~: single '~' (subscript) and '++' (inserted) misfire on Chinese ranges "10~20" and "C++".
            .UseEmphasisExtras(EmphasisExtraOptions.Strikethrough)
            .UseCjkFriendlyEmphasis()
            .UseAlertBlocks()
            .UseDefinitionLists()
            .UsePreciseSourceLocation();
        // ::: containers without Markdig's "::text::" inline spans (they would eat C++'s "std::" in running text).
        builder.BlockParsers.AddIfNotAlready<Markdig.Extensions.CustomContainers.CustomContainerParser>();
        builder.BlockParsers.Add(new Constructs.AdmonitionParser());
        builder.BlockParsers.Add(new Constructs.ContentTabParser());
        // $$ fences on their own lines, before paragraphs claim them; formulas in text before escapes claim "\(".
        builder.BlockParsers.Insert(0, new Markdig.Extensions.Mathematics.MathBlockParser());
        builder.InlineParsers.Insert(0, new Formulas.FormulaInlineParser());
        if (resolveEmphasisEarly) builder.InlineParsers.InsertBefore<Markdig.Parsers.Inlines.EmphasisInlineParser>(new EarlyEmphasisResolver());
        builder.MaximumNestingDepth = MarkdigNestingLimit;
        return builder.Build();
    }
}
