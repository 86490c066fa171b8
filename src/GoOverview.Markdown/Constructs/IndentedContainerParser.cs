using System.Text.RegularExpressions;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace GoOverview.Markdown.Constructs;

/// <summary>
/// Shared rule of the MkDocs block extensions (admonitions, content tabs): an opening line matched by a pattern
/// (not indented as code; like MkDocs, it may end a paragraph), then a body indented by four columns; blank lines
/// inside are kept, the first line indented less ends the block.
/// </summary>
internal abstract class IndentedContainerParser : BlockParser
{
    protected abstract Regex Opening { get; }

    protected abstract ContainerBlock Create(Match match);

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var match = Opening.Match(line.Text, line.Start, line.Length);
        if (!match.Success) return BlockState.None;
        var block = Create(match);
        block.Line = processor.LineIndex;
        block.Column = processor.Column;
        block.Span = new SourceSpan(processor.Start, line.End);
        processor.NewBlocks.Push(block);
        return BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (processor.IsBlankLine) return BlockState.Continue;
        if (!processor.IsCodeIndent) return BlockState.Break;
        processor.GoToCodeIndent();
        block.UpdateSpanEnd(processor.Line.End);
        return BlockState.Continue;
    }

    protected static string Unquote(Group group) => group.Success ? group.Value : "";
}

/// <summary>MkDocs admonition: <c>!!! note "标题"</c>, collapsible <c>??? tip</c> / <c>???+ tip</c>.</summary>
internal sealed partial class AdmonitionParser : IndentedContainerParser
{
    public AdmonitionParser() => OpeningCharacters = ['!', '?'];

    protected override Regex Opening => Pattern();

    [GeneratedRegex("""\G(?<mark>!!!|\?\?\?\+?)[ \t]+(?<type>[A-Za-z][\w-]*)(?:[ \t]+[A-Za-z][\w-]*)*[ \t]*(?:"(?<title>[^"]*)"|'(?<title>[^']*)')?[ \t]*$""")]
    private static partial Regex Pattern();

    protected override ContainerBlock Create(Match match) => new AdmonitionBlock(this)
    {
        Type = match.Groups["type"].Value,
        Title = match.Groups["title"].Success ? match.Groups["title"].Value : null,
        Collapsible = match.Groups["mark"].Value.StartsWith('?'),
    };
}

/// <summary>MkDocs content tab: <c>=== "Python"</c> (also <c>===! "…"</c>, which starts a new set, and <c>===+</c>).</summary>
internal sealed partial class ContentTabParser : IndentedContainerParser
{
    public ContentTabParser() => OpeningCharacters = ['='];

    protected override Regex Opening => Pattern();

    [GeneratedRegex("""\G===(?<flag>[!+]{0,2})[ \t]+(?:"(?<label>[^"]*)"|'(?<label>[^']*)')[ \t]*$""")]
    private static partial Regex Pattern();

    protected override ContainerBlock Create(Match match) => new ContentTabBlock(this)
    {
        Label = match.Groups["label"].Value,
        StartsNewSet = match.Groups["flag"].Value.Contains('!'),
    };
}

internal sealed class AdmonitionBlock(BlockParser parser) : ContainerBlock(parser)
{
    public string Type { get; init; } = "";
    public string? Title { get; init; }
    public bool Collapsible { get; init; }
}

internal sealed class ContentTabBlock(BlockParser parser) : ContainerBlock(parser)
{
    public string Label { get; init; } = "";
    public bool StartsNewSet { get; init; }
}
