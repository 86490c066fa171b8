using GoOverview.Export.Packaging;
using System.Collections.Immutable;
using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;
using GoOverview.Model.Diagnostics;
using GoOverview.Word.Package;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Content;

/// <summary>Converts blocks to body elements (paragraphs, tables, bookmarks) of the part they are placed in.</summary>
internal sealed partial class BlockWriter(WordBuild build, OpcPart part)
{
    /// <summary>The Block Text style's own left indent, and the extra indent of each nested quote.</summary>
    private const int QuoteIndent = 567;
    private const int NestedQuoteIndent = 420;

    public List<OpenXmlElement> Convert(IEnumerable<Block> blocks, BlockContext context)
    {
        var result = new List<OpenXmlElement>();
        foreach (var block in blocks) Append(result, block, context);
        return result;
    }

    private void Append(List<OpenXmlElement> into, Block block, BlockContext context)
    {
        if (block is not Heading && Bookmarks.IdOf(block) is { Length: > 0 } id && build.Bookmarks.NameFor(id) is { } name)
        {
            var (start, end) = build.Bookmarks.Create(name);
            into.Add(start);
            into.Add(end);
        }
        switch (block)
        {
            case Heading h: into.Add(HeadingParagraph(h)); break;
            case Model.Paragraph p: into.Add(TextParagraph(p.Content, context.ParagraphStyle, context, p.Location)); break;
            case BulletList l: AppendList(into, l.Items, ordered: false, 1, context, l.Location); break;
            case OrderedList l: AppendList(into, l.Items, ordered: true, l.Start, context, l.Location); break;
            case Model.BlockQuote q:
                into.AddRange(Convert(q.Blocks, context with
                {
                    ParagraphStyle = StyleNames.BlockText,
                    IndentTwips = context.ParagraphStyle == StyleNames.BlockText ? Math.Max(context.IndentTwips, QuoteIndent) + NestedQuoteIndent : context.IndentTwips,
                }));
                break;
            case CodeBlock c: into.Add(CodeParagraph(c, context)); break;
            case Model.Table t: into.Add(new TableWriter(build, part).Create(t, context)); break;
            case Figure f: AppendFigure(into, f, context); break;
            case ThematicBreak: into.Add(ThematicBreakParagraph()); break;
            case Model.Div d: into.AddRange(Convert(d.Blocks, DivAlignment(d, context))); break;
            case Callout c: AppendCallout(into, c, context); break;
            case TabSet t: AppendTabSet(into, t, context); break;
            case DefinitionList d: AppendDefinitions(into, d, context); break;
            case PageBreak: into.Add(PageBreakParagraph()); break;
            case TableOfContents: AppendTableOfContents(into); break;
            case RawBlock: break; // the reader turned raw HTML into model blocks; what is left (comments) shows nothing
            case FootnoteDefinition: break; // written where it is referenced
        }
    }

    private W.Paragraph HeadingParagraph(Heading heading)
    {
        var paragraph = NewParagraph(StyleNames.Heading(heading.Level), null);
        var name = build.Bookmarks.NameFor(heading);
        var content = Inlines(heading.Content, heading.Location, inFootnote: false);
        if (name is null)
        {
            paragraph.Append(content);
            return paragraph;
        }
        var (start, end) = build.Bookmarks.Create(name);
        paragraph.Append(start);
        paragraph.Append(content);
        paragraph.Append(end);
        return paragraph;
    }

    private W.Paragraph TextParagraph(ImmutableArray<Inline> content, string style, BlockContext context, SourceLocation? where,
        NumberingProperties? numbering = null)
    {
        var paragraph = NewParagraph(style, context.IndentTwips > 0 && numbering is null ? context.IndentTwips : null, numbering);
        if (numbering is not null && ConstructStyles.IsCallout(style)) paragraph.ParagraphProperties!.Indentation = CalloutListIndent(numbering);
        if (context.Justification is { } justification) paragraph.ParagraphProperties!.Justification = new Justification { Val = justification };
        paragraph.Append(Inlines(content, where, context.InFootnote));
        return paragraph;
    }

    private static BlockContext DivAlignment(Model.Div div, BlockContext context) => BlockAlignment.Of(div.Attr) switch
    {
        ColumnAlignment.Center => context with { Justification = JustificationValues.Center },
        ColumnAlignment.Right => context with { Justification = JustificationValues.Right },
        _ => context,
    };

    public W.Paragraph NewParagraph(string style, int? indentLeft, NumberingProperties? numbering = null)
    {
        var properties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = build.Styles.Id(style) } };
        if (numbering is not null) properties.NumberingProperties = numbering;
        if (indentLeft is { } left) properties.Indentation = new Indentation { Left = left.ToString(CultureInfo.InvariantCulture) };
        return new W.Paragraph(properties);
    }

    private List<OpenXmlElement> Inlines(ImmutableArray<Inline> content, SourceLocation? where, bool inFootnote) =>
        new InlineWriter(build, part, where, inFootnote).Convert(content, RunFormat.Plain);

    private void AppendList(List<OpenXmlElement> into, ImmutableArray<Model.ListItem> items, bool ordered, int start, BlockContext context, SourceLocation? where)
    {
        var level = Math.Min(context.ListLevel + 1, 8);
        var numId = build.Numbering.NewList(ordered, level, start);
        var inner = context with
        {
            ParagraphStyle = IsBoxStyle(context.ParagraphStyle) ? context.ParagraphStyle : StyleNames.ListParagraph,
            ListLevel = level,
            IndentTwips = ListNumbering.IndentPerLevel * (level + 1),
        };
        foreach (var item in items)
        {
            var numbering = ListNumbering.Properties(numId, level);
            var blocks = item.Blocks;
            var first = blocks.FirstOrDefault() as Model.Paragraph;
            var content = first?.Content ?? ImmutableArray<Inline>.Empty;
            if (item.Task != TaskState.None) content = content.Insert(0, new Model.Text(item.Task == TaskState.Checked ? "☒ " : "☐ "));
            into.Add(TextParagraph(content, inner.ParagraphStyle, inner, first?.Location ?? where, numbering));
            into.AddRange(Convert(first is null ? blocks : blocks.RemoveAt(0), inner));
        }
    }

    private W.Paragraph CodeParagraph(CodeBlock code, BlockContext context)
    {
        var paragraph = NewParagraph(StyleNames.SourceCode, context.IndentTwips > 0 ? context.IndentTwips : null);
        CodeRuns.Append(paragraph, code, build);
        return paragraph;
    }

    private void AppendFigure(List<OpenXmlElement> into, Figure figure, BlockContext context)
    {
        var image = NewParagraph(StyleNames.Figure, null);
        image.Append(Inlines([figure.Image], figure.Location, context.InFootnote));
        into.Add(image);
        if (!figure.Caption.IsDefaultOrEmpty) into.Add(TextParagraph(figure.Caption, StyleNames.Caption, context with { IndentTwips = 0 }, figure.Location));
    }

    private W.Paragraph ThematicBreakParagraph()
    {
        var paragraph = NewParagraph(StyleNames.Normal, null);
        var properties = paragraph.ParagraphProperties!;
        properties.ParagraphBorders = new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "A6A6A6" });
        properties.SpacingBetweenLines = new SpacingBetweenLines { Before = "120", After = "240" };
        return paragraph;
    }
}
