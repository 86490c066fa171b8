using System.Collections.Immutable;
using System.Globalization;
using AngleSharp.Dom;
using GoOverview.Markdown.Blocks;
using GoOverview.Markdown.Conversion;
using GoOverview.Markdown.Css;
using GoOverview.Model;
using Attr = GoOverview.Model.Attr;

namespace GoOverview.Markdown.Html;

/// <summary>
/// Parsed HTML → model blocks: paragraphs (phrasing runs between blocks), headings, lists, tables, quotes, code,
/// rules, &lt;details&gt; (shown open: the summary as a bold lead paragraph). A wrapper's style applies to its text;
/// its alignment (&lt;center&gt;, align=, text-align) and id make a Div the writers honour.
/// </summary>
internal sealed class HtmlBlockBuilder(ConversionContext context, int blockLine)
{
    private readonly HtmlInlineBuilder _inlines = new(context, blockLine);

    public List<Block> Convert(IEnumerable<INode> nodes) => Blocks(nodes, TextStyle.None, null);

    private List<Block> Blocks(IEnumerable<INode> nodes, TextStyle style, IElement? parent)
    {
        var output = new List<Block>();
        var run = new List<INode>();
        foreach (var node in nodes)
        {
            if (node is IElement element && HtmlBlockNames.IsBlock(element.LocalName))
            {
                Flush();
                AddBlock(element, style, output);
            }
            else
            {
                run.Add(node);
            }
        }
        Flush();
        return output;

        void Flush()
        {
            if (run.Count == 0) return;
            var content = _inlines.Convert(run);
            var first = run.OfType<IElement>().FirstOrDefault() ?? parent;
            run.Clear();
            if (content.IsEmpty) return;
            if (!style.IsEmpty) content = [new Span(Attr.Empty, style, content)];
            if (ParagraphConverter.FromInlines(content) is { } block) output.Add(block with { Location = _inlines.At(first) });
        }
    }

    private void AddBlock(IElement element, TextStyle style, List<Block> output)
    {
        var name = element.LocalName;
        var location = _inlines.At(element);
        HtmlSafety.ReportEventHandlers(HtmlTag.Of(element), location, context);
        if (context.BlockDepth >= ConversionContext.MaxNesting)
        {
            context.WarnNestingFlattened(location);
            output.AddRange(Blocks(element.ChildNodes, style, element));
            return;
        }
        context.BlockDepth++;
        try
        {
            foreach (var block in Build(element, style)) output.Add(block.Location is null ? block with { Location = location } : block);
        }
        finally
        {
            context.BlockDepth--;
        }
    }

    private IEnumerable<Block> Build(IElement element, TextStyle style)
    {
        var name = element.LocalName;
        switch (name)
        {
            case "blockquote":
                return [new BlockQuote(Blocks(element.ChildNodes, style, element).ToImmutableArray())];
            case "ul" or "ol" or "menu" or "dir":
                return List(element, style) is { } list ? [list] : [];
            case "table":
                return new HtmlTableBuilder(context, _inlines).Build(element);
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6":
                return Heading(element);
            case "hr":
                return [new ThematicBreak()];
            case "pre" or "listing":
                return [Code(element)];
            case "details":
                return [Details(element, style)];
            case "summary" or "dt":
                return Lead(element);
            case "dd":
                return [new Div(Attr.WithClasses("dd"), Blocks(element.ChildNodes, style, element).ToImmutableArray())];
            default:
                return Wrapper(element, style);
        }
    }

    /// <summary>p, div, center, section…: the content's blocks, in a Div when the wrapper has an id or an alignment.</summary>
    private IEnumerable<Block> Wrapper(IElement element, TextStyle style)
    {
        var inner = Blocks(element.ChildNodes, CssStyle.Parse(element.GetAttribute("style"), style), element);
        var align = HtmlAlignment.Of(element);
        var id = element.Id ?? "";
        if (align is null && id.Length == 0) return inner;
        if (inner.Count == 0 && id.Length == 0) return []; // "<div align=center>" alone, its Markdown following
        var attr = Attr.Empty with { Id = id, Classes = align is null ? [] : [align] };
        return [new Div(attr, inner.ToImmutableArray())];
    }

    private Block? List(IElement element, TextStyle style)
    {
        var items = ImmutableArray.CreateBuilder<ListItem>();
        var loose = new List<INode>();
        foreach (var child in element.ChildNodes)
        {
            if (child is IElement { LocalName: "li" } li)
            {
                AddLooseItem();
                items.Add(new ListItem(Blocks(li.ChildNodes, style, li).ToImmutableArray()));
            }
            else
            {
                loose.Add(child);
            }
        }
        AddLooseItem();
        if (items.Count == 0) return null;
        if (element.LocalName != "ol") return new BulletList(items.ToImmutable(), Tight: true);
        var start = int.TryParse(element.GetAttribute("start"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 0, 999_999_999) : 1;
        return new OrderedList(start, items.ToImmutable(), Tight: true);

        void AddLooseItem()
        {
            if (loose.Count == 0) return;
            var blocks = Blocks(loose, style, element);
            loose.Clear();
            if (blocks.Count > 0) items.Add(new ListItem(blocks.ToImmutableArray()));
        }
    }

    private IEnumerable<Block> Heading(IElement element)
    {
        var content = _inlines.Convert(element.ChildNodes);
        if (content.IsEmpty) return [];
        var id = element.Id is { Length: > 0 } custom ? context.HeadingIds.Reserve(custom) : context.HeadingIds.Next(PlainText.Of(content));
        return [new Heading(element.LocalName[1] - '0', content, Attr.WithId(id))];
    }

    private static CodeBlock Code(IElement element)
    {
        var code = element.Children.FirstOrDefault(c => c.LocalName == "code");
        var language = (code?.ClassList ?? element.ClassList)
            .Select(c => c.StartsWith("language-", StringComparison.Ordinal) ? c["language-".Length..] : c.StartsWith("lang-", StringComparison.Ordinal) ? c["lang-".Length..] : null)
            .FirstOrDefault(l => l is { Length: > 0 }) ?? element.GetAttribute("lang") ?? "";
        return new CodeBlock(language, element.TextContent.TrimEnd('\n', ' '), Attr.Empty);
    }

    /// <summary>Print has no disclosure widget: the summary becomes a bold lead paragraph, then the body.</summary>
    private Div Details(IElement element, TextStyle style)
    {
        var blocks = new List<Block>();
        var summary = element.Children.FirstOrDefault(c => c.LocalName == "summary");
        if (summary is not null) blocks.AddRange(Lead(summary));
        blocks.AddRange(Blocks(element.ChildNodes.Where(n => n != summary), style, element));
        return new Div(Attr.Empty with { Id = element.Id ?? "", Classes = ["details"] }, blocks.ToImmutableArray());
    }

    private IEnumerable<Block> Lead(IElement element)
    {
        var content = _inlines.Convert(element.ChildNodes);
        return content.IsEmpty ? [] : [new Paragraph([new Strong(content)]) { Location = _inlines.At(element) }];
    }
}
