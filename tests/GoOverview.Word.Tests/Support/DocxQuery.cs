using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GoOverview.Word.Tests.Support;

/// <summary>Small read helpers over an opened .docx.</summary>
internal static class DocxQuery
{
    public static Body Body(WordprocessingDocument doc) => doc.MainDocumentPart!.Document!.Body!;

    public static Style StyleById(WordprocessingDocument doc, string id) =>
        doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().Single(s => s.StyleId?.Value == id);

    public static string? StyleIdByName(WordprocessingDocument doc, string name) =>
        doc.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>()
            .FirstOrDefault(s => string.Equals(s.StyleName?.Val?.Value, name, StringComparison.OrdinalIgnoreCase))?.StyleId?.Value;

    public static string? ParagraphStyle(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public static string? RunStyle(Run r) => r.RunProperties?.RunStyle?.Val?.Value;

    /// <summary>Paragraphs that hold the TOC field's cached entries (styled toc N).</summary>
    public static bool IsTocParagraph(WordprocessingDocument doc, Paragraph p) =>
        ParagraphStyle(p) is { } id && System.Text.RegularExpressions.Regex.IsMatch(StyleById(doc, id).StyleName?.Val?.Value ?? "", @"^toc \d$", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

}

