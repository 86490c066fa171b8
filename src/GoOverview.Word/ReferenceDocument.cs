using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Word.Styles;

namespace GoOverview.Word;

/// <summary>
/// Generates templates/reference.docx: the built-in styles and one sample paragraph per style, so users can copy
/// it, restyle it in Word and pass it back with --reference-doc (styles are matched by name).
/// </summary>
public static class ReferenceDocument
{
    private static readonly (string Style, string Text)[] Samples =
    [
        (StyleNames.Title, "标题 Title"), (StyleNames.Subtitle, "副标题 Subtitle"), (StyleNames.Author, "作者 Author"),
        (StyleNames.Date, "日期 Date"), (StyleNames.TocHeading, "目录 TOC Heading"),
        (StyleNames.Heading(1), "标题 1 Heading 1"), (StyleNames.Heading(2), "标题 2 Heading 2"), (StyleNames.Heading(3), "标题 3 Heading 3"),
        (StyleNames.Heading(4), "标题 4 Heading 4"), (StyleNames.Heading(5), "标题 5 Heading 5"), (StyleNames.Heading(6), "标题 6 Heading 6"),
        (StyleNames.BodyText, "正文 Body Text：中文与 English 混排。"), (StyleNames.Compact, "紧凑 Compact"),
        (StyleNames.ListParagraph, "列表段落 List Paragraph"), (StyleNames.BlockText, "引用 Block Text"),
        (StyleNames.SourceCode, "func main() { println(\"源代码 Source Code\") }"), (StyleNames.Figure, "图 Figure"),
        (StyleNames.Caption, "题注 Caption"), (StyleNames.FootnoteText, "脚注 footnote text"),
        (StyleNames.Toc(1), "toc 1"), (StyleNames.Toc(2), "toc 2"), (StyleNames.Toc(3), "toc 3"),
    ];

    private static readonly (string Style, string Text)[] CharacterSamples =
    [
        (StyleNames.KeyTerm, "关键术语 Key Term"), (StyleNames.Hyperlink, "超链接 Hyperlink"), (StyleNames.VerbatimChar, "inline_code"),
    ];

    public static void Write(Stream output)
    {
        using var buffer = new MemoryStream();
        using (var package = WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            var styles = StyleSheet.FromDefaults();
            var body = new Body();
            foreach (var (style, text) in Samples) body.Append(Sample(styles.Id(style), text, null));
            var mixed = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styles.Id(StyleNames.BodyText) } });
            foreach (var (style, text) in CharacterSamples)
            {
                mixed.Append(new Run(new RunProperties { RunStyle = new RunStyle { Val = styles.Id(style) } }, new Text(text)));
                mixed.Append(new Run(new Text(" ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
            }
            body.Append(mixed);
            styles.Id(StyleNames.TableGrid);
            styles.Id(StyleNames.FootnoteReference);
            styles.Id(StyleNames.Header);
            styles.Id(StyleNames.Footer);
            body.Append(PageLayout.A4.ToSectionWithoutHeaders());
            main.Document = new Document(body);
            main.AddNewPart<StyleDefinitionsPart>().Styles = new DocumentFormat.OpenXml.Wordprocessing.Styles(styles.ToXmlString());
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static Paragraph Sample(string styleId, string text, string? runStyle)
    {
        var paragraph = new Paragraph(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } });
        var run = new Run(new Text(text));
        if (runStyle is not null) run.PrependChild(new RunProperties { RunStyle = new RunStyle { Val = runStyle } });
        paragraph.Append(run);
        return paragraph;
    }
}
