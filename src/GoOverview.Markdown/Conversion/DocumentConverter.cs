using System.Collections.Immutable;
using GoOverview.Markdown.Blocks;
using GoOverview.Markdown.Metadata;
using GoOverview.Markdown.Transforms;
using GoOverview.Model;
using Markdig.Extensions.Yaml;
using Md = Markdig.Syntax;

namespace GoOverview.Markdown.Conversion;

/// <summary>A parsed Markdig document → the model: blocks, footnotes, metadata, then the inline transforms.</summary>
internal static class DocumentConverter
{
    public static Document Convert(Md.MarkdownDocument parsed, string sourcePath, string? baseDirectory, ConversionContext context, ReaderOptions options)
    {
        var frontMatter = parsed.OfType<YamlFrontMatterBlock>().FirstOrDefault() is { } yaml
            ? FrontMatter.Parse(YamlText(yaml), yaml.Line + 2, context)
            : new Dictionary<string, List<string>>();

        var blocks = BlockConverter.ConvertChildren(parsed, context);
        var footnotes = FootnoteConverter.Collect(parsed, context);

        var cleanup = new InlineListRewriter(inlines => TextMerger.Apply(CjkSoftBreak.Apply(inlines)));
        var linker = new InlineListRewriter(BareUrlLinker.Apply, blockListsOnly: true);
        blocks = linker.Blocks(cleanup.Blocks(blocks));
        footnotes = linker.Footnotes(cleanup.Footnotes(footnotes));

        var metadata = MetadataBuilder.Build(frontMatter, options.MetadataDefaults, Clean(options.MetadataOverrides, sourcePath, context), blocks);
        return new Document(metadata, blocks, footnotes, sourcePath, baseDirectory);
    }

    /// <summary>Command-line values pass the same character rules as the source text.</summary>
    private static Dictionary<string, string> Clean(IReadOnlyDictionary<string, string> values, string sourcePath, ConversionContext context) =>
        values.ToDictionary(p => p.Key, p => Parsing.SourceText.RemoveIllegalCharacters(p.Value, sourcePath, context.Diagnostics));

    /// <summary>The YAML between the --- fences.</summary>
    private static string YamlText(YamlFrontMatterBlock yaml)
    {
        var lines = yaml.Lines.ToString().Split('\n').ToList();
        if (lines.Count > 0 && lines[0].Trim() == "---") lines.RemoveAt(0);
        if (lines.Count > 0 && lines[^1].Trim() is "---" or "...") lines.RemoveAt(lines.Count - 1);
        return string.Join('\n', lines);
    }
}
