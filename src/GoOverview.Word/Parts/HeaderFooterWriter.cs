using GoOverview.Export.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Word.Content;
using GoOverview.Word.Package;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Parts;

/// <summary>The page header (the document title) and footer ("PAGE / NUMPAGES" fields, each with a cached result).</summary>
internal static class HeaderFooterWriter
{
    public const string PageSeparator = " / ";

    public static string AddHeader(WordBuild build, string title)
    {
        var part = build.Package.AddRelated(build.Main, RelationshipTypes.Header, "/word/header1.xml", ContentTypes.Header, out var id);
        var paragraph = Paragraph(build, StyleNames.Header);
        if (title.Length > 0) paragraph.Append(InlineWriter.TextRun(build.Clean(title, null), RunFormat.Plain, han: false));
        part.Content = new Header(paragraph).WriteTo;
        return id;
    }

    public static string AddFooter(WordBuild build)
    {
        var part = build.Package.AddRelated(build.Main, RelationshipTypes.Footer, "/word/footer1.xml", ContentTypes.Footer, out var id);
        var paragraph = Paragraph(build, StyleNames.Footer);
        paragraph.Append(
            Field("PAGE"),
            new Run(new W.Text(PageSeparator) { Space = SpaceProcessingModeValues.Preserve }),
            Field("NUMPAGES"));
        part.Content = new Footer(paragraph).WriteTo;
        return id;
    }

    /// <summary>A simple field with "1" as its cached result (Word and LibreOffice recompute it; an empty result makes Word complain).</summary>
    private static SimpleField Field(string instruction) =>
        new(new Run(new RunProperties(new NoProof()), new W.Text("1"))) { Instruction = " " + instruction + " \\* MERGEFORMAT " };

    private static W.Paragraph Paragraph(WordBuild build, string style) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = build.Styles.Id(style) } });
}
