using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;
using GoOverview.Word.Parts;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Content;

/// <summary>Callouts (bordered, shaded paragraphs), tab sets, definition lists, page breaks and the TOC's place.</summary>
internal sealed partial class BlockWriter
{
    private void AppendCallout(List<OpenXmlElement> into, Callout callout, BlockContext context)
    {
        var style = ConstructStyles.Callout(callout.Kind);
        var look = CalloutStyles.For(callout.Kind);
        var title = NewParagraph(style, null);
        title.ParagraphProperties!.KeepNext = new KeepNext();
        title.Append(new InlineWriter(build, part, callout.Location, context.InFootnote)
            .Convert(CalloutStyles.Heading(callout, build.Words), RunFormat.Plain with { Bold = true, Color = look.Accent }));
        into.Add(title);
        into.AddRange(Convert(callout.Blocks, context with { ParagraphStyle = style, IndentTwips = 0 }));
        // Word draws neighbouring paragraphs with the same borders as one box: a thin spacer keeps callouts apart.
        into.Add(NewParagraph(ConstructStyles.CalloutSpacer, null));
    }

    private void AppendTabSet(List<OpenXmlElement> into, TabSet set, BlockContext context)
    {
        foreach (var tab in set.Tabs)
        {
            into.Add(TextParagraph(tab.Label, ConstructStyles.TabLabel, context, set.Location));
            into.AddRange(Convert(tab.Blocks, context));
        }
    }

    private void AppendDefinitions(List<OpenXmlElement> into, DefinitionList list, BlockContext context)
    {
        foreach (var item in list.Items)
        {
            foreach (var term in item.Terms) into.Add(TextParagraph(term, ConstructStyles.DefinitionTerm, context, list.Location));
            foreach (var definition in item.Definitions)
                into.AddRange(Convert(definition, context with { ParagraphStyle = ConstructStyles.Definition }));
        }
    }

    private static W.Paragraph PageBreakParagraph() => new(new Run(new Break { Type = BreakValues.Page }));

    /// <summary>[toc] in the source: the TOC field goes here (and not before the body), then a page break.</summary>
    private void AppendTableOfContents(List<OpenXmlElement> into)
    {
        if (!build.Options.TableOfContents) return;
        var toc = TocWriter.Create(build, build.Document.Blocks);
        into.AddRange(toc);
        if (toc.Count > 0) into.Add(PageBreakParagraph());
    }

    /// <summary>The callout styles' own left indent (their box edge): list items inside stay within the box.</summary>
    private const int CalloutIndent = 312;

    private static Indentation CalloutListIndent(NumberingProperties numbering)
    {
        var level = numbering.NumberingLevelReference?.Val?.Value ?? 0;
        var left = CalloutIndent + ListNumbering.IndentPerLevel * (level + 1);
        return new Indentation
        {
            Left = left.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Hanging = ListNumbering.IndentPerLevel.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Styles whose paragraphs form a box: lists inside keep them (else the box would break at the list).</summary>
    private static bool IsBoxStyle(string style) => style == StyleNames.BlockText || ConstructStyles.IsCallout(style);
}
