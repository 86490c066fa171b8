using GoOverview.Export.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using GoOverview.Word.Content;
using GoOverview.Word.Package;
using GoOverview.Word.Styles;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Parts;

/// <summary>
/// The page header (document title left, the current chapter right through a STYLEREF field) and footer
/// ("第 N 页 / 共 M 页" in the document's language, PAGE and NUMPAGES fields with cached results). The title page
/// has neither (the section's first-page header and footer are left empty).
/// </summary>
internal static class HeaderFooterWriter
{
    /// <remarks>
    /// The chapter field's cached result is blank: Word computes STYLEREF per page as it lays out headers, but
    /// readers that only show cached results (LibreOffice before 24.2) would print the first chapter on every page.
    /// </remarks>
    public static string AddHeader(WordBuild build, string title, int chapterLevel)
    {
        var part = build.Package.AddRelated(build.Main, RelationshipTypes.Header, "/word/header1.xml", ContentTypes.Header, out var id);
        var paragraph = Paragraph(build, StyleNames.Header);
        var properties = paragraph.ParagraphProperties!;
        properties.Tabs = new Tabs(
            new TabStop { Val = TabStopValues.Clear, Position = 4153 },
            new TabStop { Val = TabStopValues.Clear, Position = 8306 },
            new TabStop { Val = TabStopValues.Right, Position = build.Page.TextWidthTwips });
        properties.Justification = new Justification { Val = JustificationValues.Left };
        if (title.Length > 0) paragraph.Append(InlineWriter.TextRun(build.Clean(title, null), RunFormat.Plain, han: false));
        paragraph.Append(new Run(new TabChar()));
        paragraph.Append(Field($"STYLEREF \"{StyleNames.Heading(chapterLevel)}\"", ""));
        part.Content = new Header(paragraph).WriteTo;
        return id;
    }

    public static string AddFooter(WordBuild build)
    {
        var part = build.Package.AddRelated(build.Main, RelationshipTypes.Footer, "/word/footer1.xml", ContentTypes.Footer, out var id);
        var paragraph = Paragraph(build, StyleNames.Footer);
        var (before, between, after) = build.Words.PageOfParts();
        Literal(paragraph, before);
        paragraph.Append(Field("PAGE", "1"));
        Literal(paragraph, between);
        paragraph.Append(Field("NUMPAGES", "1"));
        Literal(paragraph, after);
        part.Content = new Footer(paragraph).WriteTo;
        return id;
    }

    /// <summary>An empty header or footer for the title page (w:titlePg).</summary>
    public static (string Header, string Footer) AddBlankFirstPage(WordBuild build)
    {
        var header = build.Package.AddRelated(build.Main, RelationshipTypes.Header, "/word/header2.xml", ContentTypes.Header, out var headerId);
        header.Content = new Header(Paragraph(build, StyleNames.Normal)).WriteTo;
        var footer = build.Package.AddRelated(build.Main, RelationshipTypes.Footer, "/word/footer2.xml", ContentTypes.Footer, out var footerId);
        footer.Content = new Footer(Paragraph(build, StyleNames.Normal)).WriteTo;
        return (headerId, footerId);
    }

    private static void Literal(W.Paragraph paragraph, string text)
    {
        if (text.Length > 0) paragraph.Append(new Run(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));
    }

    /// <summary>A simple field with a cached result (Word and LibreOffice recompute it; an empty result makes Word complain).</summary>
    private static SimpleField Field(string instruction, string cached) =>
        new(new Run(new RunProperties(new NoProof()), new W.Text(cached.Length > 0 ? cached : " ") { Space = SpaceProcessingModeValues.Preserve }))
        { Instruction = " " + instruction + " \\* MERGEFORMAT " };

    private static W.Paragraph Paragraph(WordBuild build, string style) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = build.Styles.Id(style) } });
}
