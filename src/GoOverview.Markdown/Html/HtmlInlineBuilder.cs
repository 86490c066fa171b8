using System.Collections.Immutable;
using AngleSharp.Dom;
using GoOverview.Markdown.Conversion;
using GoOverview.Model;

namespace GoOverview.Markdown.Html;

/// <summary>
/// Parsed HTML → model inlines. Known phrasing elements become their model nodes (<see cref="HtmlElements"/>);
/// block elements met inside phrasing content (a &lt;p&gt; or list in a table cell) are separated by line breaks;
/// unknown elements keep their content as text (one warning per name); dropped ones go with a warning at their line.
/// </summary>
internal sealed class HtmlInlineBuilder(ConversionContext context, int blockLine)
{
    public SourceLocation At(INode? node) => context.At(blockLine + HtmlFragmentParser.LineOf(node) - 1, 0);

    /// <summary>The nodes as inlines, trimmed at both ends.</summary>
    public ImmutableArray<Inline> Convert(IEnumerable<INode> nodes)
    {
        var pieces = new List<Inline>();
        foreach (var node in nodes) Add(node, pieces, 0);
        var trimmed = HtmlText.Trim(pieces);
        while (trimmed.Count > 0 && trimmed[^1] is LineBreak) trimmed.RemoveAt(trimmed.Count - 1);
        return trimmed.ToImmutableArray();
    }

    private void Add(INode node, List<Inline> pieces, int depth)
    {
        switch (node)
        {
            case IText text:
                HtmlText.Add(text.Data, pieces);
                return;
            case IElement element:
                AddElement(element, pieces, depth);
                return;
            // comments, processing instructions and doctypes show nothing
        }
    }

    private void AddElement(IElement element, List<Inline> pieces, int depth)
    {
        var name = element.LocalName;
        var location = At(element);
        if (HtmlSafety.IsDropped(name))
        {
            HtmlSafety.ReportDropped(name, location, context);
            return;
        }
        if (depth >= ConversionContext.MaxNesting)
        {
            context.WarnNestingFlattened(location);
            AddChildren(element, pieces, depth);
            return;
        }
        var tag = HtmlTag.Of(element);
        if (HtmlElements.IsKnownVoid(name))
        {
            pieces.AddRange(HtmlElements.Void(tag, location, context));
            return;
        }
        if (HtmlElements.IsContainer(name))
        {
            var content = new List<Inline>();
            AddChildren(element, content, depth + 1);
            pieces.AddRange(HtmlElements.Container(tag, HtmlText.Trim(content).ToImmutableArray(), location, context));
            return;
        }
        if (HtmlBlockNames.BreaksLine(name))
        {
            HtmlSafety.ReportEventHandlers(tag, location, context);
            LineBreakUnlessAtStart(pieces);
            if (name == "li") pieces.Add(new Text("• "));
            AddChildren(element, pieces, depth + 1);
            LineBreakUnlessAtStart(pieces);
            return;
        }
        if (name is "td" or "th")
        {
            AddChildren(element, pieces, depth + 1);
            pieces.Add(new Text(" "));
            return;
        }
        if (!HtmlBlockNames.IsKnown(name)) HtmlElements.Unknown(tag, location, context);
        AddChildren(element, pieces, depth + 1);
    }

    private void AddChildren(IElement element, List<Inline> pieces, int depth)
    {
        foreach (var child in element.ChildNodes) Add(child, pieces, depth);
    }

    private static void LineBreakUnlessAtStart(List<Inline> pieces)
    {
        while (pieces.Count > 0 && (pieces[^1] is SoftBreak || pieces[^1] is Text t && string.IsNullOrWhiteSpace(t.Value))) pieces.RemoveAt(pieces.Count - 1);
        if (pieces.Count > 0 && pieces[^1] is not LineBreak) pieces.Add(new LineBreak());
    }
}
