using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Model;
using GoOverview.Word.Content;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Parts;

/// <summary>
/// The title page, like the PDF cover: the title (a leading H1 equal to the title becomes it, keeping its bookmark)
/// a quarter down the page, the subtitle over a rule in the heading colour, then author(s) and the date (the
/// metadata's, else the build date), then a page break. Without a title there is no title page.
/// </summary>
internal static class TitlePageWriter
{
    private const string RuleColor = "1F3864";

    public static List<OpenXmlElement> Create(WordBuild build, BlockWriter writer, string title, out bool leadingTitleUsed)
    {
        var result = new List<OpenXmlElement>();
        var document = build.Document;
        var meta = document.Metadata;
        leadingTitleUsed = false;
        W.Paragraph? titleParagraph = null;
        if (document.Blocks.FirstOrDefault() is Heading { Level: 1 } h && PlainText.Of(h.Content).Trim() == title)
        {
            var converted = writer.Convert([h], BlockContext.Body(StyleNames.BodyText));
            titleParagraph = converted.OfType<W.Paragraph>().FirstOrDefault();
            if (titleParagraph is not null)
            {
                titleParagraph.ParagraphProperties!.ParagraphStyleId = new ParagraphStyleId { Val = build.Styles.Id(StyleNames.Title) };
                build.TitleHeading = h;
                leadingTitleUsed = true;
                result.AddRange(converted);
            }
        }
        if (titleParagraph is null)
        {
            if (meta.Title.Trim().Length == 0) return result;
            titleParagraph = Line(build, writer, StyleNames.Title, title);
            result.Add(titleParagraph);
        }
        var fromTop = (int)((build.Page.Height - build.Page.Top - build.Page.Bottom) * 0.22);
        titleParagraph.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = fromTop.ToString(CultureInfo.InvariantCulture) };
        var ruled = titleParagraph;
        if (meta.Subtitle.Trim().Length > 0)
        {
            ruled = Line(build, writer, StyleNames.Subtitle, meta.Subtitle.Trim());
            result.Add(ruled);
        }
        ruled.ParagraphProperties!.ParagraphBorders = new ParagraphBorders(
            new BottomBorder { Val = BorderValues.Single, Size = 18, Space = 12, Color = RuleColor });
        if (meta.Authors.Length > 0) result.Add(Line(build, writer, StyleNames.Author, meta.AuthorLine));
        result.Add(Line(build, writer, StyleNames.Date, build.Words.DisplayDate(meta.Date, build.Context.Timestamp)));
        result.Add(new W.Paragraph(new Run(new Break { Type = BreakValues.Page })));
        return result;
    }

    private static W.Paragraph Line(WordBuild build, BlockWriter writer, string style, string text)
    {
        var paragraph = writer.NewParagraph(style, null);
        paragraph.Append(InlineWriter.TextRun(build.Clean(text, null), RunFormat.Plain, han: false));
        return paragraph;
    }
}
